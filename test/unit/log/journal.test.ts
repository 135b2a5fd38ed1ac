import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JournalReadOnlyError,
  LogJournal,
  LogJournalError,
  verifyJournalFile,
} from '../../../electron/services/log';
import { GENESIS_HASH, hashLine } from '../../../electron/services/log/hash';
import { writeJournalFast } from '../../fixtures/log-journal-builder';
import { withTempDir } from './temp';

const ctx = { author: 'Anouk', phase: 'problemUnclear' as const };
const note = (summary: string) => ({ kind: 'note' as const, summary });

describe('LogJournal append and reopen', () => {
  it('writes hash-chained lines that survive a reopen exactly', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-1.log.jsonl');
      const { journal, recovery } = await LogJournal.open(file, { incidentId: 'inc-1' });
      expect(recovery).toEqual({});
      expect(journal.headHash()).toBe(GENESIS_HASH);
      const a = await journal.append(note('Eerste'), ctx);
      const b = await journal.append(
        {
          kind: 'messageSent',
          audience: 'customers',
          action: 3,
          recipients: [{ name: 'Webredactie' }],
          channel: 'website',
          summary: 'Nieuwsbericht geplaatst',
          sentBy: 'Bram',
        },
        { ...ctx, occurredAt: '2020-01-01T10:00:00+01:00' },
      );
      expect(a.seq).toBe(1);
      expect(a.prevHash).toBe(GENESIS_HASH);
      expect(a.occurredAt).toBe(a.recordedAt);
      expect(b.seq).toBe(2);
      expect(b.occurredAt).toBe('2020-01-01T09:00:00.000Z');
      const raw = await readFile(file, 'utf8');
      const lines = raw.split('\n');
      expect(lines).toHaveLength(3);
      expect(b.prevHash).toBe(hashLine(Buffer.from(lines[0]!)));
      expect(journal.headHash()).toBe(hashLine(Buffer.from(lines[1]!)));
      const head = journal.headHash();
      await journal.close();

      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const again = await LogJournal.open(file, { incidentId: 'inc-1' });
      expect(again.journal.entries()).toEqual([a, b]);
      expect(again.journal.headHash()).toBe(head);
      expect(again.journal.integrity).toEqual({ ok: true });
      const c = await again.journal.append(note('Derde'), ctx);
      expect(c.seq).toBe(3);
      await again.journal.close();
      expect(await verifyJournalFile(file)).toMatchObject({ ok: true, count: 3 });
    });
  });

  it('serialises concurrent appends', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-2.log.jsonl');
      const { journal } = await LogJournal.open(file, { incidentId: 'inc-2' });
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => journal.append(note(`n${i}`), ctx)),
      );
      expect(results.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      await journal.close();
      expect(await verifyJournalFile(file)).toMatchObject({ ok: true, count: 50 });
    });
  });

  it('refuses invalid entries, future times and bad corrections without writing', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'inc-3.log.jsonl');
      const now = new Date('2026-11-28T12:00:00Z');
      const { journal } = await LogJournal.open(file, { incidentId: 'inc-3', now: () => now });
      await journal.append(note('Basis'), ctx);
      const fail = async (p: Promise<unknown>, code: string) => {
        const error = await p.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(LogJournalError);
        expect((error as LogJournalError).code).toBe(code);
        expect((error as LogJournalError).nl.length).toBeGreaterThan(10);
      };
      await fail(journal.append(note(''), ctx), 'log.invalidEntry');
      await fail(journal.append(note('x'), { ...ctx, author: '' }), 'log.invalidEntry');
      await fail(
        journal.append(note('x'), { ...ctx, occurredAt: '2026-11-28T12:02:00Z' }),
        'log.occurredInFuture',
      );
      await fail(journal.append(note('x'), { ...ctx, occurredAt: '10:30' }), 'log.invalidEntry');
      // within the one-minute tolerance for clocks that run a little apart
      await journal.append(note('bijna nu'), { ...ctx, occurredAt: '2026-11-28T12:00:30Z' });
      const correction = (corrects: number, changes: Record<string, unknown>) => ({
        kind: 'correction' as const,
        corrects,
        changes,
        reason: 'typfout',
      });
      await fail(journal.append(correction(9, { summary: 'x' }), ctx), 'log.badCorrection');
      await fail(journal.append(correction(1, {}), ctx), 'log.badCorrection');
      await fail(journal.append(correction(1, { seq: 7 }), ctx), 'log.badCorrection');
      await fail(journal.append(correction(1, { summary: '' }), ctx), 'log.badCorrection');
      const ok = await journal.append(correction(1, { summary: 'Basis, verbeterd' }), ctx);
      await fail(journal.append(correction(ok.seq, { reason: 'x' }), ctx), 'log.badCorrection');
      expect(journal.count()).toBe(3);
      await journal.close();
      await fail(journal.append(note('na sluiten'), ctx), 'log.closed');
      expect(await verifyJournalFile(file)).toMatchObject({ ok: true, count: 3 });
    });
  });

  it('opens read-only: entries readable, appends refused, nothing created or repaired', async () => {
    await withTempDir(async (dir) => {
      const missing = join(dir, 'none.log.jsonl');
      const empty = await LogJournal.open(missing, { incidentId: 'none', readOnly: true });
      expect(empty.journal.count()).toBe(0);
      await expect(readdir(dir)).resolves.toEqual([]);

      const file = join(dir, 'inc-4.log.jsonl');
      await writeJournalFast(file, 5, 'inc-4');
      await writeFile(file, '{"seq":6,"inc', { flag: 'a' });
      const before = await readFile(file);
      const { journal, recovery } = await LogJournal.open(file, { incidentId: 'inc-4', readOnly: true });
      expect(journal.count()).toBe(5);
      expect(recovery.tornLineLeftInPlace).toEqual({ bytes: 13 });
      expect(recovery.message?.nl).toContain('alleen-lezen');
      await expect(journal.append(note('x'), ctx)).rejects.toBeInstanceOf(JournalReadOnlyError);
      expect(await readFile(file)).toEqual(before);
      await journal.close();
    });
  });

  it('round-trips 100,000 entries', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'big.log.jsonl');
      await writeJournalFast(file, 100_000, 'big');
      const { journal, recovery } = await LogJournal.open(file, { incidentId: 'big' });
      expect(recovery).toEqual({});
      expect(journal.integrity.ok).toBe(true);
      expect(journal.count()).toBe(100_000);
      expect(journal.entries()[99_999]!.seq).toBe(100_000);
      const next = await journal.append(note('nummer 100.001'), ctx);
      expect(next.seq).toBe(100_001);
      await journal.close();
      const verified = await verifyJournalFile(file, 'big');
      expect(verified).toMatchObject({ ok: true, count: 100_001, headHash: journal.headHash() });
    });
  }, 30_000);
});

describe('tamper evidence', () => {
  it('catches one changed byte in the middle with the right seq', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'edit.log.jsonl');
      await writeJournalFast(file, 200, 'edit');
      const lines = (await readFile(file, 'utf8')).split('\n');
      // Line 120 says "Regel 119: ..."; make it "Regel 118" — still valid JSON and a valid entry.
      lines[119] = lines[119]!.replace('Regel 119:', 'Regel 118:');
      await writeFile(file, lines.join('\n'));
      const result = await verifyJournalFile(file);
      expect(result.ok).toBe(false);
      expect(result.firstBreak).toMatchObject({ seq: 120, line: 120, code: 'hash' });
      expect(result.firstBreak!.reason).toContain('Regel 120');

      // The app still opens it, shows everything and says where the chain breaks.
      const { journal } = await LogJournal.open(file, { incidentId: 'edit' });
      expect(journal.count()).toBe(200);
      expect(journal.integrity).toMatchObject({ ok: false, firstBreak: { seq: 120, code: 'hash' } });
      await journal.close();
    });
  });

  it('catches a removed line, a moved line and a line from another incident', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'cut.log.jsonl');
      await writeJournalFast(file, 10, 'cut');
      const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');

      await writeFile(file, `${[...lines.slice(0, 4), ...lines.slice(5)].join('\n')}\n`);
      expect((await verifyJournalFile(file)).firstBreak).toMatchObject({ line: 4, code: 'hash' });

      await writeFile(file, `${[lines[1], lines[0], ...lines.slice(2)].join('\n')}\n`);
      expect((await verifyJournalFile(file)).firstBreak).toMatchObject({ line: 1 });

      await writeFile(file, `${lines.slice(3).join('\n')}\n`);
      expect((await verifyJournalFile(file)).firstBreak).toMatchObject({ line: 1, code: 'hash' });

      await writeFile(file, `${lines.join('\n')}\n`);
      expect((await verifyJournalFile(file, 'other')).firstBreak).toMatchObject({
        line: 1,
        code: 'incident',
      });

      const garbled = [...lines];
      garbled[5] = garbled[5]!.slice(0, 40);
      await writeFile(file, `${garbled.join('\n')}\n`);
      expect((await verifyJournalFile(file)).firstBreak).toMatchObject({ line: 6, code: 'unreadable' });
    });
  });
});

describe('torn last line', () => {
  it('is set aside to *.torn-*, cut from the journal and reported; earlier entries intact', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'torn.log.jsonl');
      await writeJournalFast(file, 20, 'torn');
      const good = await readFile(file);
      const torn = '{"seq":21,"incidentId":"torn","recordedAt":"2026-11-';
      await writeFile(file, torn, { flag: 'a' });
      expect((await verifyJournalFile(file)).firstBreak).toMatchObject({ line: 21, code: 'tornTail' });

      const { journal, recovery } = await LogJournal.open(file, { incidentId: 'torn' });
      expect(recovery.tornLine?.bytes).toBe(Buffer.byteLength(torn));
      expect(recovery.tornLine?.movedTo).toMatch(/torn\.log\.jsonl\.torn-\d{8}T\d{9}Z$/);
      expect(await readFile(recovery.tornLine!.movedTo, 'utf8')).toBe(torn);
      expect((await stat(recovery.tornLine!.movedTo)).mode & 0o777).toBe(0o600);
      expect(recovery.message?.nl).toContain('apart bewaard');
      expect(recovery.message?.en).toContain('kept in');
      expect(await readFile(file)).toEqual(good);
      expect(journal.count()).toBe(20);
      expect(journal.integrity.ok).toBe(true);
      await journal.append(note('na herstel'), ctx);
      await journal.close();
      expect(await verifyJournalFile(file)).toMatchObject({ ok: true, count: 21 });
    });
  });

  it('treats a last line of zeros (power cut) as torn too, and never overwrites an earlier copy', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'zero.log.jsonl');
      await writeJournalFast(file, 3, 'zero');
      const fixed = new Date('2026-11-28T12:00:00Z');
      for (let round = 0; round < 2; round++) {
        await writeFile(file, Buffer.concat([Buffer.alloc(64), Buffer.from('\n')]), { flag: 'a' });
        const { journal, recovery } = await LogJournal.open(file, { incidentId: 'zero', now: () => fixed });
        expect(recovery.tornLine?.bytes).toBe(65);
        expect(journal.count()).toBe(3);
        await journal.close();
      }
      const aside = (await readdir(dir)).filter((n) => n.includes('.torn-'));
      expect(aside).toHaveLength(2);
    });
  });
});
