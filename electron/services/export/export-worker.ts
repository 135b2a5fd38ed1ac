/**
 * The export worker (see render-in-worker.ts): takes jobs from its parent, one at a time, builds and renders
 * the file, posts the bytes back (transferred) or the error, and ends. Runs from source under
 * tsx, and bundled by electron-vite as out/main/export-worker.js (electron.vite.config.ts).
 */
import { parentPort } from 'node:worker_threads';
import { type ExportAnswer, type ExportJob, WORKER_READY } from './render-in-worker';
import { loadAllRenderers, renderJob as run } from './render-job';

/** Bytes that own their whole ArrayBuffer, so it can be transferred (small Buffers share a pool). */
function ownBuffer(bytes: Buffer): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    return new Uint8Array(bytes.buffer, 0, bytes.byteLength);
  }
  return new Uint8Array(bytes);
}

function errorOf(error: unknown): Extract<ExportAnswer, { ok: false }>['error'] {
  if (error instanceof Error) {
    const e = error as Error & { code?: unknown; nl?: unknown; en?: unknown };
    return {
      message: error.message,
      ...(error.name === 'AppError' &&
      typeof e.code === 'string' &&
      typeof e.nl === 'string' &&
      typeof e.en === 'string'
        ? { code: e.code, nl: e.nl, en: e.en }
        : {}),
    };
  }
  return { message: String(error) };
}

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs only as a worker thread (see render-in-worker.ts)');

// The renderers load lazily (render-job.ts); load them all before saying so, so a warm worker has
// nothing left to load. Then take jobs one at a time (the parent sends the next only after this
// one answered; see render-in-worker.ts).
// (a failure to load rejects unhandled, which ends the worker with that error: the parent reports it)
void loadAllRenderers().then(() => port.postMessage(WORKER_READY));
port.on('message', (job: ExportJob) => {
  run(job).then(
    (bytes) => {
      const out = ownBuffer(bytes);
      const answer: ExportAnswer = { ok: true, bytes: out };
      port.postMessage(answer, [out.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const answer: ExportAnswer = { ok: false, error: errorOf(error) };
      port.postMessage(answer);
    },
  );
});
