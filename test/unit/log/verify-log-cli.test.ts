import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../electron/cli/commands/verify-log';
import { LogJournal } from '../../../electron/services/log';
import { writeJournalFast } from '../../fixtures/log-journal-builder';
import { withTempDir } from './temp';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ketenbord verify-log', () => {
  it('lists entries with Amsterdam times and says OK on an intact chain', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'incidents'));
      const file = join(dir, 'incidents', 'inc-cli.log.jsonl');
      await writeJournalFast(file, 12, 'inc-cli');
      const io = capture();
      const code = await run(['--workspace', dir, '--incident', 'inc-cli']);
      expect(code).toBe(0);
      const text = io.out();
      expect(text).toContain(' 1  28-11-2026 09:00:00  Bericht verstuurd');
      expect(text).toMatch(/Kop-hash: {2}[0-9a-f]{64}/);
      expect(text).toContain('OK — 12 regels, keten intact');
    });
  });

  it('exits 1 with the first break after one byte is edited', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'incidents'));
      const file = join(dir, 'incidents', 'inc-cli.log.jsonl');
      await writeJournalFast(file, 12, 'inc-cli');
      const raw = await readFile(file, 'utf8');
      await writeFile(file, raw.replace('Regel 5:', 'Regel 6:'));
      const io = capture();
      expect(await run(['verify-log', '--workspace', dir, '--incident', 'inc-cli'])).toBe(1);
      expect(io.out()).toContain('FOUT — keten verbroken bij regel 6');
    });
  });

  it('exits 2 on bad arguments, a missing workspace or a missing log, in Dutch', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'incidents'));
      await writeFile(join(dir, 'incidents', 'inc-zonder-log.json'), '{}');
      const io = capture();
      expect(await run([])).toBe(2);
      expect(await run(['--workspace', '/tmp', '--incident', '../etc'])).toBe(2);
      expect(await run(['--workspace', '/tmp', '--incident', 'inc-x', '--onbekend'])).toBe(2);
      expect(await run(['--workspace', '/nergens', '--incident', 'inc-x'])).toBe(2);
      expect(await run(['--workspace', dir, '--incident', 'inc-onbekend'])).toBe(2);
      expect(await run(['--workspace', dir, '--incident', 'inc-zonder-log'])).toBe(2);
      expect(io.err()).toContain('Gebruik: ketenbord verify-log');
      expect(io.err()).toContain('De werkmap /nergens bestaat niet');
      expect(io.err()).toContain('Incident inc-onbekend bestaat niet');
      expect(io.err()).toContain('Geen logboek gevonden');
    });
  });
});

describe('ketenbord verify-log and the anchor', () => {
  it('exits 1 with a Dutch and English reason when lines are cut off an anchored log', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'incidents'));
      const file = join(dir, 'incidents', 'inc-cli.log.jsonl');
      const { journal } = await LogJournal.open(file, { incidentId: 'inc-cli' });
      for (let i = 1; i <= 10; i++) {
        await journal.append(
          { kind: 'note', summary: `regel ${i}` },
          { author: 'A', phase: 'problemUnclear' },
        );
      }
      await journal.close();
      let io = capture();
      expect(await run(['--workspace', dir, '--incident', 'inc-cli'])).toBe(0);
      expect(io.out()).toMatch(/Anker: {5}10 regels, kop-hash [0-9a-f]{64}/);
      expect(io.out()).toContain('OK — 10 regels, keten intact, einde klopt met het anker');
      vi.restoreAllMocks();

      const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
      await writeFile(file, `${lines.slice(0, 7).join('\n')}\n`);
      io = capture();
      expect(await run(['--workspace', dir, '--incident', 'inc-cli'])).toBe(1);
      expect(io.out()).toContain('FOUT — einde van het logboek, bij regel 7');
      expect(io.out()).toContain('3 regels weggehaald');
      expect(io.out()).toContain('ERROR — end of the log, at line 7');
      expect(io.out()).toContain('3 lines were removed');
    });
  });

  it('warns (exit 0) that an old log without an anchor cannot show a cut tail', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'incidents'));
      await writeJournalFast(join(dir, 'incidents', 'inc-cli.log.jsonl'), 4, 'inc-cli');
      const io = capture();
      expect(await run(['--workspace', dir, '--incident', 'inc-cli'])).toBe(0);
      expect(io.out()).toContain('heeft nog geen anker');
      expect(io.out()).toContain('has no anchor yet');
    });
  });
});
