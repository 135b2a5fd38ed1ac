/**
 * Log journal figures for `npm run bench` (issue 5). Prints, never asserts: timings depend on the
 * disk and the machine, and a red test on a slow laptop would teach nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LogJournal } from '../electron/services/log/journal';
import { buildLogIndex, filterLog } from '../shared/log/filter';
import { writeJournalFast } from '../test/fixtures/log-journal-builder';

const APPENDS_PER_SIZE = 200;

export async function benchLog(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ketenbord-bench-log-'));
  try {
    console.log('Logboek (journal) — append + fdatasync, per bestaande omvang');
    for (const size of [1_000, 10_000, 100_000]) {
      const file = join(dir, `append-${size}.log.jsonl`);
      await writeJournalFast(file, size, `bench-${size}`);
      const { journal } = await LogJournal.open(file, { incidentId: `bench-${size}` });
      const times: number[] = [];
      for (let i = 0; i < APPENDS_PER_SIZE; i++) {
        const start = performance.now();
        await journal.append(
          { kind: 'note', summary: `bench-notitie ${i}: stand van zaken besproken met het crisisteam` },
          { author: 'Bench', phase: 'problemClear' },
        );
        times.push(performance.now() - start);
      }
      await journal.close();
      console.log(
        `  ${String(size).padStart(7)} regels: mediaan ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}   (doel p95 ≤ 5 ms, vlak)`,
      );
    }

    const bigFile = join(dir, 'open-100000.log.jsonl');
    await writeJournalFast(bigFile, 100_000, 'bench-open');
    const openTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const { journal } = await LogJournal.open(bigFile, { incidentId: 'bench-open' });
      openTimes.push(performance.now() - start);
      await journal.close();
    }
    console.log(
      `Openen 100.000 regels (lezen + zod + hashketen): eerste ${ms(openTimes[0]!)}, mediaan van 3 ${ms(percentile(openTimes, 50))}   (doel ≤ 1 s)`,
    );

    const gc = exposeGc();
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const { journal } = await LogJournal.open(bigFile, { incidentId: 'bench-open' });
    const indexStart = performance.now();
    const index = buildLogIndex(journal.entries());
    const indexMs = performance.now() - indexStart;
    gc();
    const heapAfter = process.memoryUsage().heapUsed;

    const queries = [
      'klantportaal',
      'gemeente zwolle',
      'regel 99999:',
      'datalek leverancier',
      'niet-bestaand',
    ];
    const filterTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const text of queries) {
        const start = performance.now();
        filterLog(index, { text });
        filterTimes.push(performance.now() - start);
      }
    }
    const facetStart = performance.now();
    const facetHits = filterLog(index, {
      text: 'storing',
      kinds: ['messageSent'],
      phases: ['problemClear'],
    }).length;
    const facetMs = performance.now() - facetStart;
    console.log(`Index opbouwen voor 100.000 regels: ${ms(indexMs)}`);
    console.log(
      `Filteren 100.000 regels op vrije tekst: mediaan ${ms(percentile(filterTimes, 50))}, max ${ms(Math.max(...filterTimes))}   (doel ≤ 100 ms)`,
    );
    console.log(`Filteren tekst + soort + fase: ${ms(facetMs)} (${facetHits} treffers)`);
    console.log(
      `Geheugen (heap) voor 100.000 geladen regels + index: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(0)} MB   (doel renderer ≤ 300 MB)`,
    );
    // keep both alive until after the measurement
    if (index.items.length !== journal.count()) throw new Error('index out of step');
    await journal.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;

/** A gc() for honest heap figures, without asking the caller to start node with --expose-gc. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
