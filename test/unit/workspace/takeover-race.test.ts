import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { journalPath } from '../../../electron/services/incident/incident-document';
import { verifyJournalFile } from '../../../electron/services/log/verify-file';
import { LOCK_OWNER_IN_DIR } from '../../../electron/services/workspace/lock-dir';
import { LOCK_DIR_NAME, LOCK_STALE_MS } from '../../../electron/services/workspace/workspace-lock';
import { RACE_INCIDENT } from '../../fixtures/lock-racer';
import { makeTempDir } from '../../fixtures/temp-dir';

/**
 * 100 take-over races after a kill -9. In each round the process holding the workspace is killed
 * with SIGKILL (no exit handler runs, its lock stays behind) and three other processes are told at
 * the same moment to open the workspace; each then tries to append two entries to the same log.
 * Every other round the dead holder is made to look like another machine's (a foreign host name
 * and an old mtime), so the race runs through proper-lockfile's stale path instead of the
 * dead-PID shortcut. Never may two contenders get write access, never may a loser's append land,
 * and the log must end as one chain with every acknowledged seq in it exactly once.
 *
 * Four lanes (four workspaces) run side by side so the 100 rounds fit in tens of seconds on two
 * cores; a killed holder is replaced by a process started in the background.
 */
const ROUNDS = 100;
const LANES = 4;
const CONTENDERS = 3;
/** Contenders started ahead of need, so a round rarely waits for a process to load. */
const SPARES_AHEAD = 2;
const RACER = path.resolve('test/fixtures/lock-racer.ts');

interface Racer {
  pid: number;
  send(line: string): void;
  next(): Promise<string>;
  kill9(): Promise<void>;
}

const everyone = new Set<ChildProcessWithoutNullStreams>();

function startRacer(): Promise<Racer> {
  const child = spawn(process.execPath, ['--import', 'tsx', RACER], { stdio: ['pipe', 'pipe', 'pipe'] });
  everyone.add(child);
  const waiting: Array<(line: string) => void> = [];
  const queued: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const resolve = waiting.shift();
    if (resolve) resolve(line);
    else queued.push(line);
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const line = queued.shift();
      if (line !== undefined) return resolve(line);
      waiting.push(resolve);
      child.once('exit', (code) => reject(new Error(`racer ${child.pid} exited (${code}): ${stderr}`)));
    });
  const racer: Racer = {
    pid: child.pid ?? -1,
    send: (line) => child.stdin.write(`${line}\n`),
    next,
    kill9: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
  return next().then((first) => {
    if (first !== 'ready') throw new Error(`racer said ${first}: ${stderr}`);
    return racer;
  });
}

/** Makes the dead holder's lock look like one left by another machine that stopped refreshing it. */
async function makeForeignAndStale(dir: string): Promise<void> {
  const lockDir = path.join(dir, LOCK_DIR_NAME);
  const ownerFile = path.join(lockDir, LOCK_OWNER_IN_DIR);
  const owner = JSON.parse(await fs.readFile(ownerFile, 'utf8')) as Record<string, unknown>;
  await fs.writeFile(ownerFile, JSON.stringify({ ...owner, host: 'een-andere-pc' }));
  const old = new Date(Date.now() - LOCK_STALE_MS - 10_000);
  await fs.utimes(lockDir, old, old);
}

interface LaneReport {
  writersPerRound: number[];
  acked: number[];
  loserAppends: number;
  errors: string[];
}

async function runLane(dir: string, rounds: number): Promise<LaneReport> {
  const report: LaneReport = { writersPerRound: [], acked: [], loserAppends: 0, errors: [] };
  const pool: Racer[] = [];
  const spares: Array<Promise<Racer>> = [];
  const collect = (answers: string[], contenders: Racer[]) => {
    const writers: Racer[] = [];
    answers.forEach((answer, i) => {
      const [, role, ...seqs] = answer.split(' ');
      if (role === 'writer') {
        writers.push(contenders[i] as Racer);
        report.acked.push(...seqs.map(Number));
      } else if (role === 'reader') report.loserAppends += seqs.length;
      else report.errors.push(answer);
    });
    return writers;
  };

  const topUp = () => {
    while (spares.length < SPARES_AHEAD) spares.push(startRacer());
  };
  // the first holder takes the empty workspace
  const first = await startRacer();
  topUp();
  first.send(`take ${dir}`);
  const firstWriters = collect([await first.next()], [first]);
  report.writersPerRound.push(firstWriters.length);
  await first.kill9();

  for (let round = 0; round < rounds; round++) {
    while (pool.length < CONTENDERS) {
      const spare = spares.shift() ?? startRacer();
      topUp();
      pool.push(await spare);
    }
    if (round % 2 === 1) await makeForeignAndStale(dir);
    const contenders = pool.slice(0, CONTENDERS);
    for (const racer of contenders) racer.send(`take ${dir}`);
    const writers = collect(await Promise.all(contenders.map((r) => r.next())), contenders);
    report.writersPerRound.push(writers.length);
    for (const writer of writers) {
      // the winner crashes: kill -9 while it holds the lock, and bring in a fresh contender
      await writer.kill9();
      pool.splice(pool.indexOf(writer), 1);
    }
    if (writers.length === 0) break; // nobody could take over: the assertion below says so
  }
  for (const racer of [...pool, ...(await Promise.all(spares))]) await racer.kill9();
  return report;
}

let root: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir('ketenbord-race-'));
});
afterAll(async () => {
  for (const child of everyone) child.kill('SIGKILL');
  await cleanup();
});

it(`${ROUNDS} take-over races after kill -9: never two writers, never a forked chain`, async () => {
  const started = Date.now();
  const dirs = Array.from({ length: LANES }, (_, i) => path.join(root, `lane-${i}`));
  await Promise.all(dirs.map((d) => fs.mkdir(d)));
  const reports = await Promise.all(dirs.map((d) => runLane(d, ROUNDS / LANES)));

  for (const [i, report] of reports.entries()) {
    expect(report.errors, `lane ${i}`).toEqual([]);
    // exactly one writer in every round (the first holder's round included)
    expect(report.writersPerRound, `lane ${i}`).toEqual(Array(ROUNDS / LANES + 1).fill(1));
    expect(report.loserAppends, `lane ${i}: appends by contenders without the lock`).toBe(0);
    // one chain: every acknowledged seq exactly once, and nothing else in the file
    const sorted = [...report.acked].sort((a, b) => a - b);
    expect(sorted, `lane ${i}`).toEqual(Array.from({ length: sorted.length }, (_, k) => k + 1));
    const verified = await verifyJournalFile(
      path.join(dirs[i] as string, journalPath(RACE_INCIDENT)),
      RACE_INCIDENT,
    );
    expect(verified, `lane ${i}: ${verified.firstBreak?.reason}`).toMatchObject({
      ok: true,
      count: sorted.length,
    });
  }
  const writers = reports.reduce((n, r) => n + r.writersPerRound.reduce((a, b) => a + b, 0), 0);
  console.info(
    `take-over race: ${ROUNDS} rounds (+${LANES} first holders) × ${CONTENDERS} contenders in ${((Date.now() - started) / 1000).toFixed(1)} s, ${writers} writers, 0 double writers, ${reports.reduce((n, r) => n + r.acked.length, 0)} entries acknowledged, every chain whole`,
  );
}, 300_000);
