import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExerciseView } from '../../../shared/api/exercise-api';
import { AppError } from '../../../shared/errors/app-error';
import { EXERCISE_SCHEMA_VERSION, type ExerciseState } from '../../../shared/exercise/exercise-state';
import { dueInjects } from '../../../shared/exercise/inject-rows';
import { parseScenario } from '../../../shared/exercise/parse-scenario';
import { elapsedAt, nextStretch } from '../../../shared/exercise/scenario-clock';
import type { ExpectedResponse, Inject, Scenario } from '../../../shared/exercise/scenario-schema';
import type { AppContext } from '../app-context';
import { findProjectRoot } from '../app-version';
import { activeIncidentId } from '../incident/board-document';
import { loadIncident } from '../incident/incident-repository';
import { createIncident, updateIncident } from '../incident/incident-service';
import { recordLogEntry } from '../log/record-log-entry';
import { KeyedSerialQueue } from '../storage/serial-queue';
import { incidentJournal } from '../workspace/journals';
import { exerciseDocument, exercisePath } from './exercise-document';
import { exerciseStore, hasExercise } from './exercise-store';
import { exerciseView } from './exercise-view';

export const SAMPLE_SCENARIO_FILE = ['resources', 'exercise', 'scenario-datalek-klantportaal.json'];

export async function readSampleScenario(): Promise<Scenario> {
  return parseScenario(await readFile(path.join(findProjectRoot(), ...SAMPLE_SCENARIO_FILE), 'utf8'));
}

/**
 * One step at a time per exercise: firing an inject (log, then state) and the leader's commands
 * never interleave, so an inject cannot fire twice or be skipped while it fires.
 */
const exerciseSteps = new KeyedSerialQueue();
function serially<T>(incidentId: string, step: () => Promise<T>): Promise<T> {
  return exerciseSteps.run(incidentId, step);
}

export async function viewOf(ctx: AppContext, incidentId: string, now = new Date()): Promise<ExerciseView> {
  const session = ctx.requireWorkspace();
  const store = await exerciseStore(session, incidentId);
  const incident = await loadIncident(session, incidentId);
  const journal = await incidentJournal(session, incidentId);
  return exerciseView(store.data, incident, journal.entries(), now);
}

export async function getExercise(ctx: AppContext, incidentId?: string): Promise<ExerciseView | null> {
  const session = ctx.requireWorkspace();
  const id = incidentId ?? (await activeIncidentId(session));
  if (!id || !(await hasExercise(session, id))) return null;
  return viewOf(ctx, id);
}

/** A scenario becomes a new exercise incident in its starting state, on the board, ready to start. */
export async function loadExercise(
  ctx: AppContext,
  input: { author: string; source: { kind: 'sample' } | { kind: 'file'; text: string } },
): Promise<ExerciseView> {
  const scenario =
    input.source.kind === 'sample' ? await readSampleScenario() : parseScenario(input.source.text);
  const session = ctx.requireWorkspace();
  const now = new Date();
  const incident = await createIncident(ctx, {
    title: scenario.title,
    detectedAt: now.toISOString(),
    natures: scenario.start.natures,
    visibility: scenario.start.visibility,
    phase: scenario.start.phase,
    isExercise: true,
    author: input.author,
    makeActive: true,
  });
  const store = await session.document(exerciseDocument, exercisePath(incident.id));
  const state: ExerciseState = {
    schemaVersion: EXERCISE_SCHEMA_VERSION,
    incidentId: incident.id,
    scenario,
    loadedAt: now.toISOString(),
    loadedBy: input.author,
    status: 'ready',
    clock: [],
    fired: [],
    skipped: [],
    adHoc: [],
    ticks: [],
  };
  await store.replace(state);
  ctx.events.emit('exercise.changed', { incidentId: incident.id });
  return viewOf(ctx, incident.id, now);
}

const wrongStatus = (nl: string, en: string) => new AppError('exercise.wrongStatus', { nl, en });

/** Start, pause and resume: each begins a new stretch of the scenario clock. */
export async function controlExercise(
  ctx: AppContext,
  input: { incidentId: string; command: 'start' | 'pause' | 'resume' },
): Promise<ExerciseState> {
  return serially(input.incidentId, async () => {
    const store = await exerciseStore(ctx.requireWorkspace(), input.incidentId);
    const state = store.data;
    const speed = state.clock.at(-1)?.speed ?? 1;
    const now = new Date();
    const expected = { start: 'ready', pause: 'running', resume: 'paused' } as const;
    if (state.status !== expected[input.command]) {
      throw wrongStatus(
        `Dat kan nu niet: de oefening is ${STATUS_NL[state.status]}.`,
        `That is not possible now: the exercise is ${STATUS_EN[state.status]}.`,
      );
    }
    const running = input.command !== 'pause';
    const next = await store.update((s) => {
      s.clock.push(
        input.command === 'start'
          ? { at: now.toISOString(), elapsedMs: 0, speed, running: true }
          : nextStretch(s.clock, now, { running, speed }),
      );
      s.status = running ? 'running' : 'paused';
      return s;
    });
    ctx.events.emit('exercise.changed', { incidentId: input.incidentId });
    return next;
  });
}

const STATUS_NL = { ready: 'nog niet gestart', running: 'bezig', paused: 'gepauzeerd' } as const;
const STATUS_EN = { ready: 'not started yet', running: 'running', paused: 'paused' } as const;

export async function setSpeed(
  ctx: AppContext,
  input: { incidentId: string; speed: number },
): Promise<ExerciseState> {
  return serially(input.incidentId, async () => {
    const store = await exerciseStore(ctx.requireWorkspace(), input.incidentId);
    const now = new Date();
    const next = await store.update((s) => {
      if (s.clock.length === 0) {
        // not started: remember the speed in a standing stretch at zero, so start uses it
        s.clock.push({ at: now.toISOString(), elapsedMs: 0, speed: input.speed, running: false });
        s.clock = s.clock.slice(-1);
      } else {
        s.clock.push(nextStretch(s.clock, now, { running: s.status === 'running', speed: input.speed }));
      }
      return s;
    });
    ctx.events.emit('exercise.changed', { incidentId: input.incidentId });
    return next;
  });
}

export async function skipInject(
  ctx: AppContext,
  input: { incidentId: string; author: string; injectId: string },
): Promise<ExerciseState> {
  return markInjectOnce(ctx, input, 'skipped', (state) => {
    if (!state.scenario.injects.some((i) => i.id === input.injectId)) throw unknownInject(input.injectId);
    if (state.fired.some((f) => f.injectId === input.injectId)) {
      throw wrongStatus(
        'Deze inject is al verstuurd; overslaan kan niet meer.',
        'This inject has already gone out; it can no longer be skipped.',
      );
    }
  });
}

export async function tickInject(
  ctx: AppContext,
  input: { incidentId: string; author: string; injectId: string },
): Promise<ExerciseState> {
  return markInjectOnce(ctx, input, 'ticks', (state) => {
    if (!state.fired.some((f) => f.injectId === input.injectId)) {
      throw wrongStatus(
        'Alleen een verstuurde inject kan worden afgevinkt.',
        'Only an inject that has gone out can be ticked.',
      );
    }
  });
}

/**
 * Skipping and ticking both record who did it to one inject, once: a second mark of the same inject
 * changes nothing. `allowed` throws when the mark does not apply to the inject's state.
 */
function markInjectOnce(
  ctx: AppContext,
  input: { incidentId: string; author: string; injectId: string },
  list: 'skipped' | 'ticks',
  allowed: (state: ExerciseState) => void,
): Promise<ExerciseState> {
  return serially(input.incidentId, async () => {
    const store = await exerciseStore(ctx.requireWorkspace(), input.incidentId);
    const state = store.data;
    allowed(state);
    if (state[list].some((m) => m.injectId === input.injectId)) return state;
    const next = await store.update((s) => {
      s[list].push({ injectId: input.injectId, at: new Date().toISOString(), by: input.author });
      return s;
    });
    ctx.events.emit('exercise.changed', { incidentId: input.incidentId });
    return next;
  });
}

/** An inject made up on the spot: stored with the exercise, then fired at once. */
export async function adHocInject(
  ctx: AppContext,
  input: {
    incidentId: string;
    author: string;
    from: string;
    channel: string;
    summary: string;
    awaitsAnswer: boolean;
    expect: ExpectedResponse[];
  },
): Promise<ExerciseState> {
  return serially(input.incidentId, async () => {
    const store = await exerciseStore(ctx.requireWorkspace(), input.incidentId);
    const now = new Date();
    const inject: Inject = {
      id: `adhoc-${store.data.adHoc.length + 1}`,
      offsetMinutes: Math.round((elapsedAt(store.data.clock, now.getTime()) / 60_000) * 10) / 10,
      from: input.from,
      channel: input.channel,
      summary: input.summary,
      ...(input.awaitsAnswer ? { awaitsAnswer: true } : {}),
      expect: input.expect,
    };
    await store.update((s) => {
      s.adHoc.push(inject);
      return s;
    });
    const next = await fire(ctx, input.incidentId, inject, input.author, true);
    ctx.events.emit('exercise.changed', { incidentId: input.incidentId });
    return next;
  });
}

/** Fires every scheduled inject whose time has come (the runner calls this). */
export async function fireDue(ctx: AppContext, incidentId: string, now = new Date()): Promise<ExerciseState> {
  return serially(incidentId, async () => {
    const store = await exerciseStore(ctx.requireWorkspace(), incidentId);
    let state = store.data;
    const due = dueInjects(state, now);
    for (const inject of due) state = await fire(ctx, incidentId, inject, state.loadedBy, false);
    if (due.length > 0) ctx.events.emit('exercise.changed', { incidentId });
    return state;
  });
}

/**
 * Applies the changes an inject brings (the scenario's facts: the press now knows, the breach is
 * confirmed), then puts it in the log as a received message marked as inject. The log is asked
 * first: if a crash came between writing the message and saving the state, the message is found
 * and not written twice.
 */
async function fire(
  ctx: AppContext,
  incidentId: string,
  inject: Inject,
  author: string,
  adHoc: boolean,
): Promise<ExerciseState> {
  const session = ctx.requireWorkspace();
  const store = await exerciseStore(session, incidentId);
  const journal = await incidentJournal(session, incidentId);
  let entry = journal.entries().find((e) => e.kind === 'messageReceived' && e.inject?.id === inject.id);
  if (!entry) {
    // the changes first: a player who reacts to the message must find the board already changed
    // (at 60x a reply can come within milliseconds), and after a crash between the two, firing
    // again re-applies nothing (the values are already there) and writes the message
    if (inject.changes) {
      await updateIncident(ctx, {
        id: incidentId,
        author,
        ...(inject.changes.phase ? { phase: inject.changes.phase } : {}),
        ...(inject.changes.natures ? { natures: inject.changes.natures } : {}),
        ...(inject.changes.visibility ? { visibility: inject.changes.visibility } : {}),
      });
    }
    entry = await recordLogEntry(
      ctx,
      incidentId,
      {
        kind: 'messageReceived',
        from: inject.from,
        channel: inject.channel,
        summary: inject.summary,
        ...(inject.fullText ? { fullText: inject.fullText } : {}),
        awaitsAnswer: inject.awaitsAnswer ?? false,
        inject: adHoc ? { id: inject.id, adHoc: true } : { id: inject.id },
      },
      { author },
    );
  }
  const at = entry.recordedAt;
  return store.update((s) => {
    s.fired.push({
      injectId: inject.id,
      at,
      elapsedMs: Math.round(elapsedAt(s.clock, Date.parse(at))),
      seq: entry.seq,
    });
    return s;
  });
}

const unknownInject = (id: string) =>
  new AppError('exercise.unknownInject', {
    nl: `Deze inject staat niet in het scenario: ${id}.`,
    en: `This inject is not in the scenario: ${id}.`,
  });
