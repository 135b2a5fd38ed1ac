import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors/app-error';
import type { Protocol } from '../../../shared/protocol/schema';
import type { ReportInput } from '../../../shared/report/model';
import type { PrintOptions } from '../protocol/print/build-document';

/**
 * Runs the heavy part of an export (report: model + DOCX/PDF; printed protocol: DOCX/PDF) in a
 * `node:worker_threads` Worker, so the thread that answers the API — Electron's main process
 * (every IPC call: the board, the log) or the browser host's event loop (every HTTP call) — stays
 * free while a 10,000-entry PDF takes seconds. Issue 6: "long exports never freeze the window".
 *
 * One worker per job, terminated when the job is done: exports are rare and user-started, a fresh
 * thread gives its memory (hundreds of MB for a big PDF) back at once, cannot carry state from one
 * export into the next, and a crash costs one export. The start-up cost is hidden by a spare
 * worker started ahead of time (see prewarmExportWorker). Two exports at once run in two workers.
 *
 * The job is plain, structured-cloneable data (no class instances, no functions); the answer is
 * the file's bytes, transferred, not copied.
 */

export type ExportFormat = 'docx' | 'pdf';

export type ExportJob =
  | { kind: 'report'; format: ExportFormat; input: ReportInput }
  | { kind: 'protocol'; format: ExportFormat; protocol: Protocol; options: PrintOptions };

/** What the worker posts back: the bytes, or what went wrong (an AppError keeps its texts). */
export type ExportAnswer =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; error: { message: string; code?: string; nl?: string; en?: string } };

/**
 * Where the worker is and how to start it. From TypeScript source (tsx: the CLI, vitest, the
 * Playwright fixture) this module's URL ends in .ts: the worker is export-worker.ts beside it,
 * started with tsx's hooks (tsx-worker-loader.mjs, by absolute URL, so it resolves whatever the
 * working folder is; see there why not plain `--import tsx`).
 * Bundled by electron-vite (out/main/), the worker is the second main entry, out/main/
 * export-worker.js; this code may sit in out/main/index.js or in a shared chunk below out/main/.
 */
export function workerLocation(moduleUrl: string = import.meta.url): { url: URL; execArgv?: string[] } {
  if (moduleUrl.endsWith('.ts')) {
    const tsx = new URL('./tsx-worker-loader.mjs', moduleUrl).href;
    return { url: new URL('./export-worker.ts', moduleUrl), execArgv: ['--import', tsx] };
  }
  const dir = path.dirname(fileURLToPath(moduleUrl));
  const candidates = [path.join(dir, 'export-worker.js'), path.join(dir, '..', 'export-worker.js')];
  const found = candidates.find((file) => existsSync(file)) ?? candidates[0]!;
  return { url: pathToFileURL(found) };
}

function exportFailed(detail: string): AppError {
  return new AppError(
    'export.failed',
    {
      nl: `Het bestand kon niet worden gemaakt: de export is mislukt (${detail}). Probeer het opnieuw; de rest van de app werkt gewoon door.`,
      en: `The file could not be made: the export failed (${detail}). Try again; the rest of the app keeps working.`,
    },
    { detail },
  );
}

function toAppError(error: ExportAnswer & { ok: false }): AppError {
  const { code, nl, en, message } = error.error;
  if (code && nl && en) return new AppError(code, { nl, en });
  return exportFailed(message);
}

/** The worker says this once its modules are loaded; everything else it posts is an ExportAnswer. */
export const WORKER_READY = 'ketenbord-export-worker-ready';

/**
 * A spare: a worker that has loaded the renderers and waits for a job. Starting a worker costs
 * 1–1.5 s (module loading), and a fresh thread's code is cold (not yet optimised by the JIT) —
 * together enough to push a 10,000-entry PDF past its 3 s target. So once a host says exports are
 * likely (the export screen opened), one worker is kept ready, and a worker that finished a job
 * successfully becomes the spare again, warm. A failed job's worker is never reused. The renderers
 * are pure functions of their input, so nothing of one export leaks into the next. A spare unused
 * for SPARE_IDLE_MS ends itself (giving back the memory of a big export), and it never keeps a
 * process (the CLI) alive. Two exports at once: the second gets a thread of its own.
 */
export const SPARE_IDLE_MS = 10 * 60_000;
interface Spare {
  worker: Worker;
  ready: Promise<void>;
  idle: NodeJS.Timeout;
}
let spare: Spare | null = null;
let keepSpare = false;

function startWorker(): Worker {
  const { url, execArgv } = workerLocation();
  return new Worker(url, execArgv ? { execArgv } : {});
}

/** Makes `worker` the spare: waiting, not keeping the process alive, ending itself when unused. */
function park(worker: Worker, ready: Promise<void>): void {
  worker.removeAllListeners();
  worker.unref();
  const forget = () => {
    if (spare?.worker === worker) {
      clearTimeout(spare.idle);
      spare = null;
    }
  };
  worker.once('exit', forget);
  worker.once('error', forget);
  const idle = setTimeout(() => {
    forget();
    void worker.terminate();
  }, SPARE_IDLE_MS);
  idle.unref();
  spare = { worker, ready, idle };
}

/** Starts a spare export worker now (no-op if one is ready) and keeps one ready from now on. */
export function prewarmExportWorker(): void {
  keepSpare = true;
  if (spare) {
    spare.idle.refresh();
    return;
  }
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return; // the job will start its own worker and report what is wrong
  }
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  park(worker, ready);
  // after park(), which clears listeners: resolve `ready` when the modules are loaded (or it died)
  const onMessage = (message: unknown) => {
    if (message !== WORKER_READY) return;
    worker.off('message', onMessage);
    markReady();
  };
  worker.on('message', onMessage);
  worker.once('exit', () => markReady());
}

/** Stops keeping a spare and ends the one there is (the bench's cold runs; a host shutting down). */
export function dropSpareExportWorker(): void {
  keepSpare = false;
  const dropped = spare;
  spare = null;
  if (dropped) {
    clearTimeout(dropped.idle);
    void dropped.worker.terminate();
  }
}

/** The spare's thread id, or null when there is none; for tests. */
export function spareThreadId(): number | null {
  return spare?.worker.threadId ?? null;
}

/** Resolves when the spare (if any) has loaded its modules; for the bench and tests. */
export function spareReady(): Promise<void> {
  const waiting = spare;
  if (!waiting) return Promise.resolve();
  // someone is waiting for it: keep the process alive meanwhile (a parked spare is unref'ed)
  waiting.worker.ref();
  return waiting.ready.finally(() => {
    if (spare === waiting) waiting.worker.unref();
  });
}

function takeWorker(): Worker {
  const taken = spare;
  if (!taken) return startWorker();
  spare = null;
  clearTimeout(taken.idle);
  taken.worker.removeAllListeners();
  taken.worker.ref();
  return taken.worker;
}

/** Renders one export in its own worker thread; rejects with an AppError (nl/en) when it fails. */
export function renderInWorker(job: ExportJob): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = takeWorker();
    } catch (error) {
      // e.g. a worker file that is missing
      reject(exportFailed(error instanceof Error ? error.message : String(error)));
      return;
    }
    let settled = false;
    /** `reusable`: the worker answered a job normally, so it may wait, warm, for the next one. */
    const settle = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      outcome();
      if (reusable && keepSpare && !spare) {
        park(worker, Promise.resolve());
        return;
      }
      void worker.terminate();
      if (keepSpare) setImmediate(prewarmExportWorker);
    };
    worker.on('message', (answer: ExportAnswer | typeof WORKER_READY) => {
      if (answer === WORKER_READY) return;
      if (answer.ok) {
        const bytes = answer.bytes;
        settle(() => resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), true);
      } else {
        settle(() => reject(toAppError(answer)));
      }
    });
    worker.once('error', (error: Error) => settle(() => reject(exportFailed(error.message))));
    worker.once('exit', (code) => settle(() => reject(exportFailed(`worker exit code ${code}`))));
    try {
      worker.postMessage(job);
    } catch (error) {
      // a job that is not structured-cloneable
      settle(() => reject(exportFailed(error instanceof Error ? error.message : String(error))));
    }
  });
}
