/**
 * Command-line figures for `npm run bench` (issue 11): a small report exported with `ketenbord
 * export report` as a user runs it (a new node process, the built CLI), against the floor of bare
 * node starting and writing one PDF page with pdfkit. Goal: within 4× of that floor.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScriptedWorkspace, SCRIPTED_INCIDENT_ID } from '../test/fixtures/scripted-exercise';

const RUNS = 5;
const BIN = path.resolve('bin/ketenbord.mjs');

function timedRun(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} → ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${Math.round(ms).toString().padStart(6)} ms`;

/** Bare node: start, load pdfkit, write one page of text to a file. */
const FLOOR_SCRIPT = `
const PDFDocument = require('pdfkit');
const fs = require('node:fs');
const doc = new PDFDocument({ size: 'A4' });
const out = fs.createWriteStream(process.argv[1]);
doc.pipe(out);
doc.fontSize(12).text('Ketenbord — één pagina als ondergrens voor de opdrachtregel.', 50, 50);
doc.end();
out.on('finish', () => process.exit(0));
`;

export async function benchCli(): Promise<void> {
  const made = await createScriptedWorkspace({ withEvaluation: true });
  await made.session.close();
  const out = await mkdtemp(path.join(tmpdir(), 'ketenbord-bench-cli-'));
  try {
    // make sure the built CLI is current, so the timing is of a start, not of a build
    timedRun([BIN, 'help']);
    const floor: number[] = [];
    const pdf: number[] = [];
    const verify: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(timedRun(['-e', FLOOR_SCRIPT, path.join(out, `floor-${i}.pdf`)]));
      pdf.push(
        timedRun([
          BIN,
          'export',
          'report',
          '--incident',
          SCRIPTED_INCIDENT_ID,
          '--kind',
          'evaluation',
          '--format',
          'pdf',
          '--workspace',
          made.dir,
          '--out',
          path.join(out, `report-${i}.pdf`),
        ]),
      );
      verify.push(timedRun([BIN, 'verify-log', '--workspace', made.dir, '--incident', SCRIPTED_INCIDENT_ID]));
    }
    const f = median(floor);
    const p = median(pdf);
    console.log(`Opdrachtregel: klein rapport (oefening, ${made.exercise.entries.length} logregels) als PDF`);
    console.log(`  ondergrens: node start + pdfkit, één pagina   ${fmt(f)}`);
    console.log(
      `  ketenbord export report … --format pdf          ${fmt(p)}  ${(p / f).toFixed(1)}× de ondergrens  ${p / f <= 4 ? 'OK' : 'TE TRAAG'} (doel ≤ 4×)`,
    );
    console.log(`  ketenbord verify-log                            ${fmt(median(verify))}`);
    console.log(`  (mediaan van ${RUNS}; elke keer een nieuw node-proces, zoals een gebruiker het start)`);
  } finally {
    await rm(out, { recursive: true, force: true });
    await rm(made.dir, { recursive: true, force: true });
  }
}
