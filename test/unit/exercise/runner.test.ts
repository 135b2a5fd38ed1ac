import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import { incidentJournal } from '../../../electron/services/workspace/journals';
import type { ExerciseView } from '../../../shared/api/exercise-api';
import { mayCall } from '../../../shared/api/roles';

/** A short script: injects at 0, 2 and 4 scenario minutes; at 120× that is 0, 1 and 2 seconds. */
const SCRIPT = {
  schemaVersion: 1,
  title: 'Korte oefening',
  objectives: [{ id: 'd1', text: 'Snel reageren' }],
  start: {
    natures: ['unavailability'],
    phase: 'problemUnclear',
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'no',
      customers: 'no',
      public: 'no',
    },
  },
  injects: [
    {
      id: 'een',
      offsetMinutes: 0,
      from: 'SOC',
      channel: 'E-mail',
      summary: 'Eerste melding',
      expect: [{ audience: 'internal', action: 1 }],
    },
    {
      id: 'twee',
      offsetMinutes: 2,
      from: 'SOC',
      channel: 'Telefoon',
      summary: 'Lek bevestigd',
      changes: { phase: 'problemClear', natures: ['unavailability', 'dataBreach'] },
      expect: [{ audience: 'internal', action: 6 }],
    },
    {
      id: 'drie',
      offsetMinutes: 4,
      from: 'Pers',
      channel: 'Telefoon',
      summary: 'Vraag van de pers',
      awaitsAnswer: true,
      expect: [],
    },
  ],
};

let roots: string[] = [];
afterEach(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
  roots = [];
});

async function boot(root: string): Promise<AppContext> {
  return startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: path.join(root, 'config'),
    workspaceDir: path.join(root, 'workspace'),
  });
}

async function call<T>(ctx: AppContext, method: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.nl}`);
  return result.result as T;
}

const until = async (check: () => Promise<boolean>, ms = 8000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
};

describe('the inject runner', () => {
  it('fires injects on time as received messages marked as inject, applies their changes, matches responses', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ketenbord-exercise-'));
    roots.push(root);
    const ctx = await boot(root);
    try {
      const loaded = await call<ExerciseView>(ctx, 'exercise.load', {
        author: 'Oefenleider',
        source: { kind: 'file', text: JSON.stringify(SCRIPT) },
      });
      const id = loaded.incidentId;
      expect(loaded.status).toBe('ready');
      await call(ctx, 'exercise.setSpeed', { incidentId: id, speed: 120 });
      const started = await call<ExerciseView>(ctx, 'exercise.control', {
        incidentId: id,
        author: 'Oefenleider',
        command: 'start',
      });
      const t0 = Date.parse(started.startedAt ?? '');
      const journal = await incidentJournal(ctx.requireWorkspace(), id);
      const injects = () => journal.entries().filter((e) => e.kind === 'messageReceived' && e.inject);
      await until(async () => injects().length >= 2);
      // a player answers inject 2 with action 6 for internal
      await call(ctx, 'board.logAction', {
        incidentId: id,
        author: 'Speler',
        audience: 'internal',
        action: 6,
        recipients: [],
        channel: 'Intranet',
        sentBy: 'Speler',
        summary: 'Datalekprocedure gestart',
      });
      await until(async () => injects().length === 3);
      const offsets = injects().map((e) => (Date.parse(e.recordedAt) - t0) / 1000);
      // 0, 2 and 4 scenario minutes at 120× = 0, 1 and 2 s; ±0.5 s
      for (const [i, want] of [0, 1, 2].entries()) {
        expect(Math.abs((offsets[i] ?? 99) - want)).toBeLessThan(0.5);
      }
      const incident = await call<{ phase: string; natures: string[] }>(ctx, 'incident.get', { id });
      expect(incident.phase).toBe('problemClear');
      expect(incident.natures).toEqual(['unavailability', 'dataBreach']);
      const view = await call<ExerciseView>(ctx, 'exercise.get', { incidentId: id });
      const twee = view.rows.find((r) => r.injectId === 'twee');
      expect(twee?.verdict).toBe('onTime');
      expect(twee?.firstResponseBy).toBe('log');
      expect(view.rows.find((r) => r.injectId === 'een')?.verdict).toBe('waiting');
    } finally {
      await ctx.close();
    }
  });

  it('a restart of the host loses nothing: what fell due meanwhile fires, nothing fires twice', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ketenbord-exercise-'));
    roots.push(root);
    let ctx = await boot(root);
    const loaded = await call<ExerciseView>(ctx, 'exercise.load', {
      author: 'Oefenleider',
      source: { kind: 'file', text: JSON.stringify(SCRIPT) },
    });
    const id = loaded.incidentId;
    await call(ctx, 'exercise.setSpeed', { incidentId: id, speed: 120 });
    await call(ctx, 'exercise.control', { incidentId: id, author: 'Oefenleider', command: 'start' });
    await until(
      async () =>
        (await call<ExerciseView>(ctx, 'exercise.get', { incidentId: id })).rows[0]?.state === 'fired',
    );
    await ctx.close();
    await new Promise((r) => setTimeout(r, 2500)); // the host is down while injects 2 and 3 fall due
    ctx = await boot(root);
    try {
      await until(async () =>
        (await call<ExerciseView>(ctx, 'exercise.get', { incidentId: id })).rows.every(
          (r) => r.state === 'fired',
        ),
      );
      const journal = await incidentJournal(ctx.requireWorkspace(), id);
      const ids = journal
        .entries()
        .flatMap((e) => (e.kind === 'messageReceived' && e.inject ? [e.inject.id] : []));
      expect(ids).toEqual(['een', 'twee', 'drie']);
    } finally {
      await ctx.close();
    }
  });

  it('pause stops the clock, skip leaves an inject out, ad-hoc fires at once; the projector may call none of it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ketenbord-exercise-'));
    roots.push(root);
    const ctx = await boot(root);
    try {
      const { incidentId: id } = await call<ExerciseView>(ctx, 'exercise.load', {
        author: 'Oefenleider',
        source: { kind: 'sample' },
      });
      await call(ctx, 'exercise.skip', { incidentId: id, author: 'Oefenleider', injectId: 'i02-soc' });
      await call(ctx, 'exercise.control', { incidentId: id, author: 'Oefenleider', command: 'start' });
      const paused = await call<ExerciseView>(ctx, 'exercise.control', {
        incidentId: id,
        author: 'Oefenleider',
        command: 'pause',
      });
      await new Promise((r) => setTimeout(r, 300));
      const still = await call<ExerciseView>(ctx, 'exercise.get', { incidentId: id });
      expect(still.elapsedMs).toBe(paused.elapsedMs);
      const adHoc = await call<ExerciseView>(ctx, 'exercise.adHoc', {
        incidentId: id,
        author: 'Oefenleider',
        from: 'Burgemeester',
        channel: 'Telefoon',
        summary: 'Wil direct gebeld worden',
        awaitsAnswer: true,
      });
      expect(adHoc.rows.find((r) => r.adHoc)?.state).toBe('fired');
      expect(adHoc.rows.find((r) => r.injectId === 'i02-soc')?.state).toBe('skipped');
      const wrong = await dispatch(ctx, 'exercise.control', {
        incidentId: id,
        author: 'X',
        command: 'start',
      });
      expect(wrong.ok).toBe(false);
      for (const m of [
        'exercise.get',
        'exercise.load',
        'exercise.control',
        'exercise.tick',
        'exercise.adHoc',
      ] as const) {
        expect(mayCall('projector', m)).toBe(false);
      }
    } finally {
      await ctx.close();
    }
  });
});
