import type { LogEntry } from '../log/entry-schema';
import type { Audience } from '../model/vocabulary';
import type { ExerciseState } from './exercise-state';
import { elapsedAt, realTimeOf } from './scenario-clock';
import type { ExpectedResponse, Inject } from './scenario-schema';

export const INJECT_VERDICTS = ['onTime', 'late', 'missing', 'waiting', 'noExpectation'] as const;
export type InjectVerdict = (typeof INJECT_VERDICTS)[number];

export interface ExpectationResult {
  audience?: Audience;
  action?: number;
  description?: string;
  /** the first logged message that meets it (occurredAt), or null */
  respondedAt: string | null;
  seq: number | null;
}

export interface InjectRow {
  injectId: string;
  offsetMinutes: number;
  from: string;
  channel: string;
  summary: string;
  adHoc: boolean;
  state: 'upcoming' | 'fired' | 'skipped';
  /** upcoming: when it will fire at the current speed (null while the clock stands still) */
  dueAt: string | null;
  firedAt: string | null;
  /** scenario minutes after the start at which it actually fired */
  firedMinute: number | null;
  seq: number | null;
  expect: ExpectationResult[];
  firstResponseAt: string | null;
  firstResponseBy: 'log' | 'tick' | null;
  /** scenario minutes from firing to the first response */
  delayMinutes: number | null;
  respondWithinMinutes: number;
  verdict: InjectVerdict | null;
}

const MINUTE = 60_000;

function firstMatch(
  expected: ExpectedResponse,
  sent: readonly Extract<LogEntry, { kind: 'messageSent' }>[],
  fromMs: number,
): Extract<LogEntry, { kind: 'messageSent' }> | null {
  if (!('audience' in expected)) return null;
  let best: Extract<LogEntry, { kind: 'messageSent' }> | null = null;
  for (const e of sent) {
    if (e.audience !== expected.audience || e.action !== expected.action) continue;
    const at = Date.parse(e.occurredAt);
    if (at < fromMs) continue;
    if (!best || at < Date.parse(best.occurredAt)) best = e;
  }
  return best;
}

/**
 * Every inject of the exercise with its timing and the team's response, as the leader sees it and
 * the report lists it. A response is the first message logged as sent (by when it was sent) for an
 * expected audience and action after the inject arrived, or the leader's tick, whichever came first.
 * Delays are in scenario minutes, so a rehearsal at 60× is judged like the real thing. `entries` are
 * the log after corrections.
 */
export function injectRows(state: ExerciseState, entries: readonly LogEntry[], now: Date): InjectRow[] {
  const sent = entries.filter(
    (e): e is Extract<LogEntry, { kind: 'messageSent' }> => e.kind === 'messageSent',
  );
  const nowElapsed = elapsedAt(state.clock, now.getTime());
  const fired = new Map(state.fired.map((f) => [f.injectId, f]));
  const skipped = new Set(state.skipped.map((s) => s.injectId));
  const adHocIds = new Set(state.adHoc.map((i) => i.id));
  const all: Inject[] = [...state.scenario.injects, ...state.adHoc];
  const rows = all.map((inject): InjectRow => {
    const within = inject.respondWithinMinutes ?? state.scenario.respondWithinMinutes;
    const f = fired.get(inject.id);
    const base = {
      injectId: inject.id,
      offsetMinutes: inject.offsetMinutes,
      from: inject.from,
      channel: inject.channel,
      summary: inject.summary,
      adHoc: adHocIds.has(inject.id),
      respondWithinMinutes: within,
    };
    if (!f) {
      const due = realTimeOf(state.clock, inject.offsetMinutes * MINUTE);
      return {
        ...base,
        state: skipped.has(inject.id) ? 'skipped' : 'upcoming',
        dueAt:
          skipped.has(inject.id) || due === null
            ? null
            : new Date(Math.max(due, now.getTime())).toISOString(),
        firedAt: null,
        firedMinute: null,
        seq: null,
        expect: inject.expect.map((e) => ({ ...e, respondedAt: null, seq: null })),
        firstResponseAt: null,
        firstResponseBy: null,
        delayMinutes: null,
        verdict: null,
      };
    }
    const firedMs = Date.parse(f.at);
    const expect = inject.expect.map((e): ExpectationResult => {
      const match = firstMatch(e, sent, firedMs);
      return { ...e, respondedAt: match?.occurredAt ?? null, seq: match?.seq ?? null };
    });
    const tick = state.ticks.find((t) => t.injectId === inject.id);
    const candidates: Array<{ at: string; by: 'log' | 'tick' }> = [
      ...expect.flatMap((e) => (e.respondedAt ? [{ at: e.respondedAt, by: 'log' as const }] : [])),
      ...(tick ? [{ at: tick.at, by: 'tick' as const }] : []),
    ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const first = candidates[0] ?? null;
    const delayMinutes = first
      ? Math.max(0, (elapsedAt(state.clock, Date.parse(first.at)) - f.elapsedMs) / MINUTE)
      : null;
    let verdict: InjectVerdict;
    if (delayMinutes !== null) verdict = delayMinutes <= within ? 'onTime' : 'late';
    else if (inject.expect.length === 0) verdict = 'noExpectation';
    else verdict = (nowElapsed - f.elapsedMs) / MINUTE > within ? 'missing' : 'waiting';
    return {
      ...base,
      state: 'fired',
      dueAt: null,
      firedAt: f.at,
      firedMinute: f.elapsedMs / MINUTE,
      seq: f.seq,
      expect,
      firstResponseAt: first?.at ?? null,
      firstResponseBy: first?.by ?? null,
      delayMinutes: delayMinutes === null ? null : Math.round(delayMinutes * 10) / 10,
      verdict,
    };
  });
  // fired in the order they fired, then what is still to come by its offset
  const order = (r: InjectRow) =>
    r.firedAt ? Date.parse(r.firedAt) : Number.MAX_SAFE_INTEGER / 2 + r.offsetMinutes * MINUTE;
  return rows.sort((a, b) => order(a) - order(b));
}

/** The injects whose time has come and that have not fired or been skipped, by offset. */
export function dueInjects(state: ExerciseState, now: Date): Inject[] {
  if (state.status !== 'running') return [];
  const elapsed = elapsedAt(state.clock, now.getTime());
  const done = new Set([...state.fired.map((f) => f.injectId), ...state.skipped.map((s) => s.injectId)]);
  return state.scenario.injects
    .filter((i) => !done.has(i.id) && i.offsetMinutes * MINUTE <= elapsed)
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes);
}

/** The next scheduled inject still to fire, for the runner's timer. */
export function nextInject(state: ExerciseState): Inject | null {
  const done = new Set([...state.fired.map((f) => f.injectId), ...state.skipped.map((s) => s.injectId)]);
  const rest = state.scenario.injects
    .filter((i) => !done.has(i.id))
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes);
  return rest[0] ?? null;
}
