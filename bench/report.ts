/**
 * Report figures for `npm run bench` (issue 6): an incident with 10,000 log entries, the model,
 * the Word file and the PDF, against the targets DOCX ≤ 1 s and PDF ≤ 3 s. Prints, never asserts.
 * Each render runs once to warm up (fonts, module loading) and is then timed over a few runs.
 * Then the export as the app makes it (model + render, in a worker thread since the worker change)
 * against the same work on the main thread, with the main thread's worst event-loop delay
 * meanwhile (perf_hooks.monitorEventLoopDelay): that delay is how long IPC and HTTP calls — the
 * operator logging — would wait.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  dropSpareExportWorker,
  prewarmExportWorker,
  renderInWorker,
  spareReady,
} from '../electron/services/export/render-in-worker';
import { renderReportDocx } from '../electron/services/report/render-docx';
import { renderReportPdf } from '../electron/services/report/render-pdf';
import { INCIDENT_SCHEMA_VERSION, type Incident } from '../shared/incident/schema';
import type { LogEntry } from '../shared/log/entry-schema';
import { PHASES, type Phase } from '../shared/model/vocabulary';
import { buildReportModel } from '../shared/report/build-model';
import type { ReportInput } from '../shared/report/model';
import { sampleBody } from '../test/fixtures/log-journal-builder';
import { loadSampleProtocol, scriptedEvaluation } from '../test/fixtures/scripted-exercise';
import { docxFloor, pdfFloor } from './report-floor';

const ENTRIES = 10_000;
const RUNS = 3;
const ID = 'bench-report';

/** 10,000 varied entries over ten hours, walking through all six phases with logged changes. */
export function benchEntries(count: number, startMs: number): LogEntry[] {
  const entries: LogEntry[] = [];
  let phase: Phase = PHASES[0];
  for (let i = 0; entries.length < count; i++) {
    const at = new Date(startMs + entries.length * 3_600).toISOString();
    const target = PHASES[Math.min(PHASES.length - 1, Math.floor((entries.length / count) * PHASES.length))]!;
    const meta = {
      seq: entries.length + 1,
      incidentId: ID,
      recordedAt: at,
      occurredAt: at,
      author: 'Bench',
      prevHash: '0'.repeat(64),
    };
    if (target !== phase) {
      entries.push({
        ...meta,
        phase,
        kind: 'incidentChange',
        change: { field: 'phase', from: phase, to: target },
      });
      phase = target;
      continue;
    }
    entries.push({ ...meta, phase, ...sampleBody(i) } as LogEntry);
  }
  return entries;
}

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs the work and reports the main thread's worst event-loop delay meanwhile. */
async function withLoopDelay<T>(
  run: () => Promise<T>,
): Promise<{ ms: number; maxDelayMs: number; result: T }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  // the histogram's first sample only sets its baseline: let it take one before the work starts,
  // or a block that begins right away is not recorded at all
  await new Promise((resolve) => setTimeout(resolve, 20));
  const timed = await time(run);
  // let the sampling timer fire once more, so a block that just ended is recorded
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  return { ...timed, maxDelayMs: histogram.max / 1e6 };
}

const fmt = (ms: number) => `${Math.round(ms).toString().padStart(6)} ms`;
const verdict = (ms: number, target: number) =>
  ms <= target ? `OK (doel ≤ ${target} ms)` : `TE TRAAG (doel ≤ ${target} ms)`;

export async function benchReport(): Promise<void> {
  const protocol = await loadSampleProtocol();
  const startMs = Date.UTC(2026, 10, 19, 8, 0);
  const entries = benchEntries(ENTRIES, startMs);
  const last = entries.at(-1)!;
  const incident: Incident = {
    schemaVersion: INCIDENT_SCHEMA_VERSION,
    id: ID,
    title: 'Bench: storing met 10.000 logregels',
    detectedAt: new Date(startMs).toISOString(),
    createdAt: new Date(startMs).toISOString(),
    natures: ['unavailability', 'dataBreach'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'likely',
      chainPartners: 'certain',
      customers: 'certain',
      public: 'likely',
    },
    phase: last.phase,
    phaseChangedAt: last.occurredAt,
    isExercise: true,
    status: 'open',
    closedAt: null,
  };
  const input: ReportInput = {
    protocol,
    incident,
    entries,
    verification: { ok: true, count: entries.length, headHash: 'f'.repeat(64) },
    evaluation: scriptedEvaluation(protocol),
    kind: 'evaluation',
    language: 'nl',
    classification: 'vertrouwelijk',
    generatedAt: new Date(),
    appVersion: 'bench',
    author: 'Bench',
  };

  console.log(`Rapport (evaluatie) voor een incident met ${ENTRIES.toLocaleString('nl-NL')} logregels`);
  const model = buildReportModel(input);
  // the floors: what the libraries alone need for the bulk of it (bench/report-floor.ts)
  const appendix = model.sections.find((x) => x.id === 'appendix');
  const log = appendix?.blocks.find((b) => b.kind === 'log');
  const lines = log?.kind === 'log' ? log.lines : null;
  await renderReportDocx(model);
  await renderReportPdf(model);
  if (lines) {
    await pdfFloor(lines);
    await docxFloor(lines);
  }

  const modelMs: number[] = [];
  const docxMs: number[] = [];
  const pdfMs: number[] = [];
  const pdfFloorMs: number[] = [];
  const docxFloorMs: number[] = [];
  let docxBytes = 0;
  let pdfBytes = 0;
  // each render next to its floor in the same round, so a change in the machine's load between
  // rounds moves both alike and the ratio stays fair
  for (let r = 0; r < RUNS; r++) {
    const m = await time(() => buildReportModel(input));
    modelMs.push(m.ms);
    const d = await time(() => renderReportDocx(m.result));
    docxMs.push(d.ms);
    docxBytes = d.result.length;
    if (lines) docxFloorMs.push((await time(() => docxFloor(lines))).ms);
    const p = await time(() => renderReportPdf(m.result));
    pdfMs.push(p.ms);
    pdfBytes = p.result.length;
    if (lines) pdfFloorMs.push((await time(() => pdfFloor(lines))).ms);
  }
  console.log(
    `  model bouwen   ${fmt(median(modelMs))}  ${verdict(median(modelMs), 400)} (met de oordeelmotor)`,
  );
  console.log(
    `  Word (DOCX)    ${fmt(median(docxMs))}  ${verdict(median(docxMs), 1000)}  ${(docxBytes / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `  PDF            ${fmt(median(pdfMs))}  ${verdict(median(pdfMs), 3000)}  ${(pdfBytes / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `  (mediaan van ${RUNS} keer, na één opwarmronde; model + render samen is wat een export kost)`,
  );

  if (lines) {
    const ratio = (own: number, floor: number) => {
      const x = own / floor;
      return `${x.toFixed(2)}× de ondergrens  ${x <= 1.5 ? 'OK' : 'TE TRAAG'} (doel ≤ 1,5×)`;
    };
    console.log('  Tegen een ondergrens (zelfde rondes, zelfde 10.000 regels):');
    console.log(
      `    PDF  ondergrens pdfkit, regels zonder opmaak  ${fmt(median(pdfFloorMs))}   rapport ${fmt(median(pdfMs))}  ${ratio(median(pdfMs), median(pdfFloorMs))}`,
    );
    console.log(
      `    DOCX ondergrens docx, kale tabel van 10.000    ${fmt(median(docxFloorMs))}   rapport ${fmt(median(docxMs))}  ${ratio(median(docxMs), median(docxFloorMs))}`,
    );
  }

  console.log('  Export zoals de app hem maakt (model + render), en de grootste vertraging van de');
  console.log('  event loop van de hoofdthread intussen (zo lang wachten IPC- en HTTP-aanroepen):');
  const targets = { docx: 1000, pdf: 3000 } as const;
  for (const format of ['docx', 'pdf'] as const) {
    const render = format === 'docx' ? renderReportDocx : renderReportPdf;
    const ways = [
      ['hoofdthread ', () => render(buildReportModel(input))],
      ['worker, koud', () => renderInWorker({ kind: 'report', format, input })],
      ['worker, warm', () => renderInWorker({ kind: 'report', format, input })],
    ] as const;
    for (const [where, run] of ways) {
      const runs: { ms: number; maxDelayMs: number }[] = [];
      for (let r = 0; r < RUNS; r++) {
        // warm: a spare worker has loaded the renderers before the export starts, as in the app
        if (where === 'worker, warm') {
          prewarmExportWorker();
          await spareReady();
        } else {
          dropSpareExportWorker();
        }
        runs.push(await withLoopDelay(run));
      }
      const ms = median(runs.map((x) => x.ms));
      const delay = median(runs.map((x) => x.maxDelayMs));
      console.log(
        `    ${format.toUpperCase().padEnd(4)} in ${where}  ${fmt(ms)}  event loop max ${fmt(delay)}  ${verdict(ms, targets[format])}`,
      );
    }
  }
  console.log(
    '  (koud: een nieuwe thread per export, opstarten inbegrepen; warm: de reservethread die de app',
  );
  console.log(
    '   klaarzet zodra het exportscherm opengaat en die na een export warm blijft wachten; mediaan)',
  );
  dropSpareExportWorker();
}
