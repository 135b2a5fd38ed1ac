import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogJournal, LogJournalError, verifyJournalFile } from '../../../electron/services/log';
import { type FaultPlan, faultyJournalFs } from '../../fixtures/faulty-journal-fs';
import { withTempDir } from './temp';

const ctx = { author: 'Anouk', phase: 'problemUnclear' as const };
const note = (summary: string) => ({ kind: 'note' as const, summary });

async function openFaulty(file: string, plan: FaultPlan = {}) {
  const { fs, events } = faultyJournalFs(plan);
  const { journal } = await LogJournal.open(file, { incidentId: 'inc-fout', fs });
  return { journal, events };
}

/** The refusal a user sees: Dutch and English, in words, without the errno. */
async function refusal(promise: Promise<unknown>): Promise<LogJournalError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LogJournalError);
  const e = error as LogJournalError;
  expect(`${e.nl} ${e.en}`).not.toMatch(/ENOSPC|EIO|EACCES|errno/);
  return e;
}

describe('journal durability: datasync before "logged"', () => {
  it('every append resolves only after its datasync has finished (fails if the fdatasync is removed)', async () => {
    await withTempDir(async (dir) => {
      const { journal, events } = await openFaulty(join(dir, 'inc-fout.log.jsonl'));
      for (let i = 0; i < 3; i++) {
        await journal.append(note(`regel ${i}`), ctx).then(() => events.push('append:resolved'));
      }
      // each append: write(s), then a datasync (or a full sync) that finished, then the resolve
      const perAppend = events.join(' ').split('append:resolved').slice(0, 3);
      for (const [i, run] of perAppend.entries()) {
        const calls = run.trim().split(' ');
        const lastWrite = calls.lastIndexOf('write');
        const synced = calls.findIndex((c, k) => k > lastWrite && (c === 'datasync:end' || c === 'sync:end'));
        expect(lastWrite, `append ${i}: ${run}`).toBeGreaterThanOrEqual(0);
        expect(synced, `append ${i} resolved before its data was synced: ${run}`).toBeGreaterThan(lastWrite);
      }
      await journal.close();
    });
  });
});

describe('journal failure paths (injected into the file handle, on a real file)', () => {
  it('a short write followed by ENOSPC: refused in words, the half line cut off, nothing acknowledged lost', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-fout.log.jsonl');
      // the third write call: the OS takes 20 bytes; the fourth: the disk is full
      const { journal, events } = await openFaulty(file, {
        write: (n) => (n === 3 ? { short: 20 } : n === 4 ? { fail: 'ENOSPC' } : undefined),
      });
      const a = await journal.append(note('eerste'), ctx);
      const b = await journal.append(note('tweede'), ctx);
      const good = await readFile(file);
      const error = await refusal(journal.append(note('derde, past niet meer'), ctx));
      expect(error.code).toBe('log.writeFailed');
      expect(error.nl).toMatch(/schijf is vol/);
      expect(error.nl).toMatch(/NIET in het logboek/);
      expect(error.en).toMatch(/disk is full/);
      expect(events).toContain(`truncate:${good.length}`);
      expect(await readFile(file)).toEqual(good); // the 20 bytes of the third line are gone again
      expect(journal.count()).toBe(2);
      // consistent and refusing: no further append until it is opened again from disk
      expect(journal.refusing).toBe(true);
      expect((await refusal(journal.append(note('vierde'), ctx))).code).toBe('log.failed');
      await journal.close();

      const again = await LogJournal.open(file, { incidentId: 'inc-fout' });
      expect(again.journal.entries()).toEqual([a, b]);
      expect(again.recovery).toEqual({});
      const c = await again.journal.append(note('na het opruimen'), ctx);
      expect(c.seq).toBe(3);
      await again.journal.close();
      expect(await verifyJournalFile(file, 'inc-fout')).toMatchObject({ ok: true, count: 3 });
    });
  });

  it('a short write the OS then completes: the entry is whole and acknowledged', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-fout.log.jsonl');
      const { journal, events } = await openFaulty(file, {
        write: (n) => (n === 1 ? { short: 7 } : undefined),
      });
      const entry = await journal.append(note('in twee stukken geschreven'), ctx);
      expect(events.filter((e) => e === 'write')).toHaveLength(2);
      await journal.close();
      const reread = await LogJournal.open(file, { incidentId: 'inc-fout' });
      expect(reread.journal.entries()).toEqual([entry]);
      await reread.journal.close();
    });
  });

  it('a failed datasync: refused, the unacknowledged line cut off, the journal refuses until reopened', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-fout.log.jsonl');
      const { journal } = await openFaulty(file, {
        datasync: (n) => (n === 2 ? { fail: 'EIO' } : undefined),
      });
      const a = await journal.append(note('eerste'), ctx);
      const good = await readFile(file);
      const error = await refusal(journal.append(note('tweede'), ctx));
      expect(error.code).toBe('log.writeFailed');
      expect(error.nl).toMatch(/leesfout of schrijffout/);
      expect(await readFile(file)).toEqual(good);
      expect(journal.refusing).toBe(true);
      await journal.close();
      const again = await LogJournal.open(file, { incidentId: 'inc-fout' });
      expect(again.journal.entries()).toEqual([a]);
      await again.journal.close();
    });
  });

  it('a write refused outright (EACCES): nothing written, the message says why', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-fout.log.jsonl');
      const { journal } = await openFaulty(file, { write: () => ({ fail: 'EACCES' }) });
      const error = await refusal(journal.append(note('geweigerd'), ctx));
      expect(error.nl).toMatch(/geen toestemming/);
      expect((await stat(file)).size).toBe(0);
      await journal.close();
    });
  });
});

describe('one writer per journal file', () => {
  it('a second writer on the same file cannot fork the chain: the stale one refuses', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-twee.log.jsonl');
      const first = (await LogJournal.open(file, { incidentId: 'inc-twee' })).journal;
      await first.append(note('door de eerste'), ctx);
      const second = (await LogJournal.open(file, { incidentId: 'inc-twee' })).journal;
      await second.append(note('door de tweede'), ctx); // seq 2, after what the first wrote
      const before = await readFile(file);

      const error = await refusal(first.append(note('de eerste weer'), ctx));
      expect(error.code).toBe('log.diverged');
      expect(error.nl).toMatch(/NIET vastgelegd/);
      expect(first.refusing).toBe(true);
      expect(await readFile(file)).toEqual(before);
      await second.append(note('de tweede gaat door'), ctx);
      await first.close();
      await second.close();
      const verified = await verifyJournalFile(file, 'inc-twee');
      expect(verified).toMatchObject({ ok: true, count: 3 });
    });
  });

  it('a last line rewritten behind its back (same length) is caught by its hash', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-edit.log.jsonl');
      const { journal } = await LogJournal.open(file, { incidentId: 'inc-edit' });
      await journal.append(note('origineel A'), ctx);
      await journal.append(note('origineel B'), ctx);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace('origineel B', 'veranderd B'));
      expect((await refusal(journal.append(note('erna'), ctx))).code).toBe('log.diverged');
      await journal.close();
    });
  });
});
