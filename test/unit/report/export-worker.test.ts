import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dropSpareExportWorker,
  type ExportJob,
  prewarmExportWorker,
  renderInWorker,
  spareReady,
  spareThreadId,
} from '../../../electron/services/export/render-in-worker';
import { journalPath } from '../../../electron/services/incident/incident-document';
import { createIncidentFile } from '../../../electron/services/incident/incident-repository';
import { isAppError } from '../../../shared/errors/app-error';
import { INCIDENT_SCHEMA_VERSION } from '../../../shared/incident/schema';
import { PHASES } from '../../../shared/model/vocabulary';
import { writeJournalFast } from '../../fixtures/log-journal-builder';
import { writeScriptedExercise } from '../../fixtures/scripted-exercise';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/**
 * Issue 6: "long exports never freeze the window". The renders run in a worker thread, so the
 * thread that answers the API keeps turning while a 10,000-entry report is made. Proven by
 * counting event-loop turns (setImmediate) while the render runs, not by timing: a loop blocked
 * by the render cannot turn at all, a free one turns hundreds of thousands of times.
 */

const BIG = 'groot-2026-11-28';
const ENTRIES = 10_000;
let backend: TestBackend;

beforeAll(async () => {
  backend = await startTestBackend('ketenbord-export-worker-');
  const session = backend.ctx.requireWorkspace();
  await writeScriptedExercise(session); // the sample protocol (and a small incident)
  const start = new Date(Date.UTC(2026, 10, 28, 8)).toISOString();
  const end = new Date(Date.UTC(2026, 10, 28, 8) + (ENTRIES - 1) * 1000).toISOString();
  await createIncidentFile(session, {
    schemaVersion: INCIDENT_SCHEMA_VERSION,
    id: BIG,
    title: 'Grote storing met 10.000 logregels',
    detectedAt: start,
    createdAt: start,
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'certain',
      customers: 'certain',
      public: 'likely',
    },
    phase: PHASES.at(-1)!,
    phaseChangedAt: end,
    isExercise: false,
    status: 'open',
    closedAt: null,
  });
  await writeJournalFast(session.resolve(journalPath(BIG)), ENTRIES, BIG);
});
afterAll(async () => backend.close());

/**
 * Runs the work and counts this thread's event-loop turns (setImmediate) while an export worker
 * is alive — from its creation (process 'worker' event) to its exit — so the count covers the
 * rendering alone, not the reading of the journal before it (which yields plenty by itself).
 * Had the render run on this thread there would be no worker, and no turns.
 */
async function turnsWhileWorkerRuns<T>(
  work: () => Promise<T>,
): Promise<{ turns: number; workers: number; result: T }> {
  let turns = 0;
  let workers = 0;
  let alive = 0;
  const spin = () => {
    if (alive === 0) return;
    turns++;
    setImmediate(spin);
  };
  const onWorker = (worker: Worker) => {
    workers++;
    alive++;
    worker.once('exit', () => alive--);
    if (alive === 1) setImmediate(spin);
  };
  process.on('worker', onWorker);
  try {
    const result = await work();
    return { turns, workers, result };
  } finally {
    process.off('worker', onWorker);
  }
}

describe('exports in a worker thread', () => {
  it('keeps the API thread turning while a 10,000-entry report PDF is made', async () => {
    const {
      turns,
      workers,
      result: answer,
    } = await turnsWhileWorkerRuns(() =>
      backend.call('report.export', {
        incidentId: BIG,
        kind: 'aftercare',
        format: 'pdf',
        classification: 'intern',
        language: 'nl',
        author: 'Test',
      }),
    );
    // one worker did the rendering, and this thread kept turning meanwhile: a loop blocked by
    // the render could not turn at all until it was done
    expect(workers).toBe(1);
    expect(turns).toBeGreaterThan(50);

    const file = path.join(backend.root, 'groot.pdf');
    writeFileSync(file, Buffer.from(answer.base64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
    expect(text).toContain(`Regel ${ENTRIES - 1}:`);
    expect(text).toContain('Integriteitsverklaring');
  });

  it('prints the protocol through the worker as well', async () => {
    const { turns, workers, result } = await turnsWhileWorkerRuns(() =>
      backend.call('protocol.print', { format: 'docx', language: 'nl' }),
    );
    expect(workers).toBe(1);
    expect(turns).toBeGreaterThan(50);
    expect(Buffer.from(result.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('turns a failure inside the worker into an AppError with a Dutch message', async () => {
    const broken = { kind: 'protocol', format: 'pdf', protocol: null, options: {} } as unknown as ExportJob;
    const error = await renderInWorker(broken).catch((e: unknown) => e);
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'export.failed' });
    expect((error as { nl: string }).nl).toMatch(
      /^Het bestand kon niet worden gemaakt: de export is mislukt/,
    );
  });

  it('turns a job that cannot be sent to a worker into an AppError too', async () => {
    const unsendable = {
      kind: 'report',
      format: 'pdf',
      input: { author: () => 'x' },
    } as unknown as ExportJob;
    const error = await renderInWorker(unsendable).catch((e: unknown) => e);
    expect(isAppError(error)).toBe(true);
    expect((error as { nl: string }).nl).toMatch(/mislukt/);
  });
});

describe('spare export worker', () => {
  it('is started ahead of time, takes the next job, and stays ready (warm) for the one after', async () => {
    try {
      prewarmExportWorker();
      await spareReady();
      const first = spareThreadId();
      expect(first).not.toBeNull();
      const { result, workers } = await turnsWhileWorkerRuns(() =>
        backend.call('protocol.print', { format: 'docx', language: 'nl' }),
      );
      // the export ran in the spare: no new thread had to start for it
      expect(workers).toBe(0);
      expect(Buffer.from(result.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
      expect(spareThreadId()).toBe(first); // the same, now warm thread waits for the next export
      const again = await backend.call('protocol.print', { format: 'pdf', language: 'nl' });
      expect(Buffer.from(again.base64, 'base64').subarray(0, 4).toString()).toBe('%PDF');

      // a job that fails is never left waiting in its thread: a fresh spare replaces it
      const broken = { kind: 'protocol', format: 'pdf', protocol: null, options: {} } as unknown as ExportJob;
      await expect(renderInWorker(broken)).rejects.toMatchObject({ code: 'export.failed' });
      await new Promise((resolve) => setImmediate(resolve));
      await spareReady();
      expect(spareThreadId()).not.toBeNull();
      expect(spareThreadId()).not.toBe(first);
    } finally {
      dropSpareExportWorker();
    }
    expect(spareThreadId()).toBeNull();
  });
});
