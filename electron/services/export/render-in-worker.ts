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
 * export into the next, and a crash costs one export, not a warm pool to be rebuilt. The price is
 * the worker's start-up (module loading, a few hundred ms; more from source under tsx), paid per
 * export. Two exports at once simply run in two workers.
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

/** Renders one export in a fresh worker thread; rejects with an AppError (nl/en) when it fails. */
export function renderInWorker(job: ExportJob): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const { url, execArgv } = workerLocation();
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: job, ...(execArgv ? { execArgv } : {}) });
    } catch (error) {
      // e.g. a job that is not structured-cloneable, or a worker file that is missing
      reject(exportFailed(error instanceof Error ? error.message : String(error)));
      return;
    }
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.once('message', (answer: ExportAnswer) =>
      settle(() => {
        if (answer.ok) {
          resolve(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
        } else {
          reject(toAppError(answer));
        }
      }),
    );
    worker.once('error', (error: Error) => settle(() => reject(exportFailed(error.message))));
    worker.once('exit', (code) => settle(() => reject(exportFailed(`worker exit code ${code}`))));
  });
}
