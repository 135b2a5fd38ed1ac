import { spawn } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogJournal, verifyJournalFile } from '../../../electron/services/log';
import { withTempDir } from './temp';

const WRITER = resolve(__dirname, '../../fixtures/log-writer.ts');
const ROUNDS = 30;

/**
 * Runs the writer until a random moment after it has acknowledged its first append, kills it with
 * SIGKILL (no exit handlers, no flushing) and returns every seq it acknowledged.
 */
function runAndKill(file: string, killAfterMs: number): Promise<number[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, 'crash-test'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buffered = '';
    let stderr = '';
    let scheduled = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line !== 'ready') acked.push(Number(line));
        else if (!scheduled) {
          scheduled = true;
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${stderr}`));
      else resolvePromise(acked);
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged entry and a whole chain across ${ROUNDS} SIGKILLs`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'crash-test.log.jsonl');
      let totalAcked = 0;
      let tornSeen = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const acked = await runAndKill(file, Math.floor(Math.random() * 120));
        totalAcked += acked.length;
        if (round % 3 === 2) {
          // A kill cannot tear a write() to a local file, but a power cut can: leave what one might
          // (half a line, no newline) so recovery is exercised inside the same loop.
          const half = '{"seq":999999,"incidentId":"crash-test","recordedAt":"2026-'.slice(0, 5 + round);
          await appendFile(file, half);
        }

        const { journal, recovery } = await LogJournal.open(file, { incidentId: 'crash-test' });
        if (recovery.tornLine) tornSeen++;
        const present = new Set(journal.entries().map((e) => e.seq));
        const missing = acked.filter((seq) => !present.has(seq));
        expect(missing, `round ${round}: acknowledged but missing`).toEqual([]);
        expect(journal.integrity, `round ${round}`).toEqual({ ok: true });
        await journal.close();

        const verified = await verifyJournalFile(file, 'crash-test');
        expect(verified.ok, `round ${round}: ${verified.firstBreak?.reason}`).toBe(true);
        expect(verified.count).toBe(journal.count());
      }
      // Every round must have written something, or the test proved nothing.
      expect(totalAcked).toBeGreaterThan(ROUNDS);
      expect(tornSeen).toBeGreaterThanOrEqual(Math.floor(ROUNDS / 3));
      console.info(`crash test: ${totalAcked} acknowledged appends, ${tornSeen} torn tails set aside`);
    });
  }, 120_000);
});
