import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogJournal, LogJournalError, verifyJournalFile } from '../../../electron/services/log';
import { AnchorWriter, anchorPathOf, readAnchor } from '../../../electron/services/log/anchor';
import { hashLine } from '../../../electron/services/log/hash';
import { writeJournalFast } from '../../fixtures/log-journal-builder';
import { withTempDir } from './temp';

const ID = 'inc-anker';
const ctx = { author: 'Anouk', phase: 'problemUnclear' as const };
const note = (summary: string) => ({ kind: 'note' as const, summary });

/** A journal of `n` entries written by the app itself (so it has its anchor), closed again. */
async function appWritten(dir: string, n: number): Promise<string> {
  const file = join(dir, `${ID}.log.jsonl`);
  const { journal } = await LogJournal.open(file, { incidentId: ID });
  for (let i = 1; i <= n; i++) await journal.append(note(`bericht ${i}`), ctx);
  await journal.close();
  return file;
}

async function linesOf(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).trimEnd().split('\n');
}

/** A valid next line, correctly chained onto `prev`: what someone rewriting the tail would make. */
function forgedAfter(prev: string, summary: string): string {
  const before = JSON.parse(prev) as Record<string, unknown>;
  return JSON.stringify({
    ...before,
    kind: 'note',
    summary,
    seq: (before.seq as number) + 1,
    prevHash: hashLine(Buffer.from(prev, 'utf8')),
  });
}

describe('journal anchor: what the chain alone cannot see', () => {
  it('an app-written journal carries an anchor with its count and head, 0600, and verifies', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 5);
      const reading = await readAnchor(file);
      expect(reading.state).toBe('ok');
      if (reading.state !== 'ok') return;
      const lines = await linesOf(file);
      expect(reading.anchor).toMatchObject({
        count: 5,
        headHash: hashLine(Buffer.from(lines[4]!)),
        findings: [],
      });
      expect(reading.anchor.since.count).toBe(0);
      expect((await stat(anchorPathOf(file))).mode & 0o777).toBe(0o600);
      expect(await verifyJournalFile(file, ID)).toMatchObject({
        ok: true,
        count: 5,
        anchor: { status: 'anchored' },
      });
    });
  });

  it('catches one line cut off the end', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 6);
      const lines = await linesOf(file);
      await writeFile(file, `${lines.slice(0, 5).join('\n')}\n`);
      const r = await verifyJournalFile(file, ID);
      expect(r.ok).toBe(false);
      expect(r.firstBreak).toMatchObject({ code: 'cutTail', line: 5 });
      expect(r.firstBreak?.reason).toContain('1 regel weggehaald');
      expect(r.firstBreak?.reasonEn).toContain('1 line was removed');
    });
  });

  it('catches several lines cut off, also after the writer reopens and logs on (the finding is kept)', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 12);
      const lines = await linesOf(file);
      await writeFile(file, `${lines.slice(0, 4).join('\n')}\n`);
      expect((await verifyJournalFile(file, ID)).firstBreak).toMatchObject({ code: 'cutTail', line: 4 });

      const { journal, recovery } = await LogJournal.open(file, { incidentId: ID });
      expect(recovery.anchorProblem?.code).toBe('cutTail');
      expect(recovery.message?.nl).toContain('8 regels');
      expect(journal.integrity.ok).toBe(false);
      await journal.append(note('na het inkorten'), ctx);
      await journal.close();

      // re-anchoring follows the journal, but the cut stays on record: verify-log keeps failing
      const after = await verifyJournalFile(file, ID);
      expect(after.ok).toBe(false);
      expect(after.count).toBe(5);
      expect(after.breaks.map((b) => b.code)).toEqual(['cutTail']);
      expect(after.firstBreak?.reason).toMatch(/vastgesteld \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    });
  });

  it('catches a replaced tail whose chain is itself valid', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 8);
      const lines = (await linesOf(file)).slice(0, 6);
      const a = forgedAfter(lines[5]!, 'vervalst 1');
      const b = forgedAfter(a, 'vervalst 2');
      await writeFile(file, `${[...lines, a, b].join('\n')}\n`);
      const r = await verifyJournalFile(file, ID);
      // the chain on its own is whole: only the anchor sees it
      expect(r.breaks.map((x) => x.code)).toEqual(['tailReplaced']);
      expect(r.firstBreak).toMatchObject({ line: 8 });
    });
  });

  it('catches an edit to the last line (no later line holds its hash)', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 4);
      const raw = await readFile(file, 'utf8');
      await writeFile(file, raw.replace('bericht 4', 'bericht X'));
      const r = await verifyJournalFile(file, ID);
      expect(r.breaks.map((x) => x.code)).toEqual(['tailReplaced']);
    });
  });

  it('a complete last line made invalid is a break, not a crash tear: it is not set aside', async () => {
    await withTempDir(async (dir) => {
      for (const replacement of ['{"kapot":true}', 'geen json maar wel een hele regel']) {
        const file = await appWritten(dir, 3);
        const lines = await linesOf(file);
        await writeFile(file, `${[...lines.slice(0, 2), replacement].join('\n')}\n`);
        const { journal, recovery } = await LogJournal.open(file, { incidentId: ID });
        expect(recovery.tornLine).toBeUndefined();
        expect(journal.integrity.ok).toBe(false);
        await journal.close();
        expect((await readdir(dir)).filter((n) => n.includes('.torn-'))).toEqual([]);
        const r = await verifyJournalFile(file, ID);
        expect(r.ok).toBe(false);
        expect(r.breaks.map((b) => b.code)).toContain(replacement.startsWith('{') ? 'invalid' : 'unreadable');
        // the next round starts from a fresh journal
        await rm(anchorPathOf(file));
        await rm(file);
      }
    });
  });

  it('an unterminated last line is a crash tear: set aside, and the anchor still holds', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 3);
      await writeFile(file, '{"seq":4,"incidentId":"inc-anker","rec', { flag: 'a' });
      expect((await verifyJournalFile(file, ID)).firstBreak?.code).toBe('tornTail');
      const { journal, recovery } = await LogJournal.open(file, { incidentId: ID });
      expect(recovery.tornLine).toBeDefined();
      expect(recovery.anchorProblem).toBeUndefined();
      expect(journal.integrity).toEqual({ ok: true });
      await journal.close();
      expect(await verifyJournalFile(file, ID)).toMatchObject({ ok: true, count: 3 });
    });
  });

  it('a line beyond the anchor (a crash between the line and its anchor) is accepted and anchored', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 3);
      const lines = await linesOf(file);
      await writeFile(file, `${forgedAfter(lines[2]!, 'net voor de crash')}\n`, { flag: 'a' });
      expect(await verifyJournalFile(file, ID)).toMatchObject({ ok: true, count: 4 });
      const { journal } = await LogJournal.open(file, { incidentId: ID });
      await journal.close();
      const reading = await readAnchor(file);
      expect(reading.state === 'ok' && reading.anchor.count).toBe(4);
    });
  });

  it('an old journal without an anchor: verifies with a warning, anchored on the first writable open from there on', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, `${ID}.log.jsonl`);
      await writeJournalFast(file, 7, ID);
      expect(await verifyJournalFile(file, ID)).toMatchObject({ ok: true, anchor: { status: 'unanchored' } });

      // a read-only open (the CLI, a second instance) writes nothing
      const ro = await LogJournal.open(file, { incidentId: ID, readOnly: true });
      await ro.journal.close();
      expect((await readAnchor(file)).state).toBe('missing');

      const { journal } = await LogJournal.open(file, { incidentId: ID });
      expect(journal.integrity).toEqual({ ok: true });
      await journal.close();
      const r = await verifyJournalFile(file, ID);
      expect(r.anchor).toMatchObject({ status: 'anchored', count: 7, since: { count: 7 } });

      const lines = await linesOf(file);
      await writeFile(file, `${lines.slice(0, 6).join('\n')}\n`);
      expect((await verifyJournalFile(file, ID)).firstBreak?.code).toBe('cutTail');
    });
  });

  it('a deleted journal whose anchor remains reads as cut, not as new', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 2);
      await writeFile(file, '');
      expect((await verifyJournalFile(file, ID)).firstBreak).toMatchObject({ code: 'cutTail' });
    });
  });

  it('a damaged anchor is reported, kept aside, and the finding recorded in the new one', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 2);
      await writeFile(anchorPathOf(file), '{ kapot');
      expect((await verifyJournalFile(file, ID)).firstBreak?.code).toBe('anchorDamaged');
      const { journal, recovery } = await LogJournal.open(file, { incidentId: ID });
      expect(recovery.anchorProblem?.code).toBe('anchorDamaged');
      await journal.close();
      expect((await readdir(dir)).some((n) => n.includes('.anchor.damaged-'))).toBe(true);
      expect((await verifyJournalFile(file, ID)).breaks.map((b) => b.code)).toEqual(['anchorDamaged']);
    });
  });

  it('an anchor rewritten behind the writer\u2019s back stops appends (no silent fork)', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, `${ID}.log.jsonl`);
      const { journal } = await LogJournal.open(file, { incidentId: ID });
      await journal.append(note('een'), ctx);
      const text = await readFile(anchorPathOf(file), 'utf8');
      await writeFile(anchorPathOf(file), text.replace('"count":1', '"count":0'));
      const error = await journal.append(note('twee'), ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LogJournalError);
      expect((error as LogJournalError).code).toBe('log.diverged');
      await journal.close();
    });
  });

  it('a crash while writing the anchor: the torn slot is passed over, the other slot holds the line before', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 3);
      const lines = await linesOf(file);
      // as if line 4 was written and synced, and the power went while its anchor slot was written
      await writeFile(file, `${forgedAfter(lines[2]!, 'net voor de stroomstoring')}\n`, { flag: 'a' });
      const raw = await readFile(anchorPathOf(file));
      const newest = raw.indexOf('"count":3');
      const slotStart = newest < 4096 ? 0 : 4096;
      raw.fill(0x00, slotStart + 10, slotStart + 200);
      await writeFile(anchorPathOf(file), raw);
      expect(await verifyJournalFile(file, ID)).toMatchObject({ ok: true, count: 4 });
    });
  });

  it('a damaged slot while the journal is not ahead of the other one is reported (it could hide a cut)', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 3);
      const lines = await linesOf(file);
      await writeFile(file, `${lines.slice(0, 2).join('\n')}\n`);
      const raw = await readFile(anchorPathOf(file));
      const newest = raw.indexOf('"count":3');
      const slotStart = newest < 4096 ? 0 : 4096;
      raw.fill(0x20, slotStart, slotStart + 4095);
      raw[slotStart + 10] = 0x7b; // a stray brace: not an empty slot, a damaged one
      await writeFile(anchorPathOf(file), raw);
      expect((await verifyJournalFile(file, ID)).firstBreak?.code).toBe('anchorDamaged');
    });
  });

  it('checks earlier exports\u2019 heads (witnesses outside the file)', async () => {
    await withTempDir(async (dir) => {
      const file = await appWritten(dir, 5);
      const lines = await linesOf(file);
      const at3 = { count: 3, headHash: hashLine(Buffer.from(lines[2]!)) };
      expect((await verifyJournalFile(file, ID, [at3])).witnessed).toEqual([{ ...at3, holds: true }]);
      const wrong = { count: 3, headHash: 'a'.repeat(64) };
      const r = await verifyJournalFile(file, ID, [wrong]);
      expect(r.ok).toBe(false);
      expect(r.firstBreak?.code).toBe('witness');
    });
  });
});

describe('anchor slots', () => {
  it('a log cut again and again keeps its first and latest findings within the slot, and counts the rest', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, `${ID}.log.jsonl`);
      await writeFile(file, '');
      const writer = await AnchorWriter.open(file, { state: 'missing' });
      const at = '2026-11-29T06:00:00.000Z';
      const findings = Array.from({ length: 40 }, (_, i) => ({
        at,
        code: 'cutTail' as const,
        expectedCount: 100 + i,
        expectedHead: 'a'.repeat(64),
        foundCount: 90 + i,
      }));
      await writer.write({
        schemaVersion: 1,
        incidentId: ID,
        count: 0,
        headHash: '0'.repeat(64),
        updatedAt: at,
        since: { count: 0, at },
        findings,
        findingsOmitted: 0,
      });
      await writer.close();
      const reading = await readAnchor(file);
      if (reading.state !== 'ok') throw new Error(`anchor ${reading.state}`);
      const kept = reading.anchor.findings;
      expect(kept[0]?.expectedCount).toBe(100);
      expect(kept.at(-1)?.expectedCount).toBe(139);
      expect(kept.length + reading.anchor.findingsOmitted).toBe(40);
      expect((await stat(anchorPathOf(file))).size).toBe(8192);
    });
  });
});
