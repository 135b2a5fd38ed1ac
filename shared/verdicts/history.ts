import type { Incident, VisibilityByAudience } from '../incident/schema';
import { changesOf, type IncidentChangeItem, type LogEntry } from '../log/entry-schema';
import { AUDIENCES, NATURES, type Nature, PHASES, type Phase } from '../model/vocabulary';

/** What held about the incident during one stretch of time. */
export interface IncidentState {
  phase: Phase;
  natures: Nature[];
  visibility: VisibilityByAudience;
  status: 'open' | 'closed';
}

/** A stretch of time in which nothing about the incident changed. `end` is Infinity for the last. */
export interface Segment {
  start: number;
  end: number;
  state: IncidentState;
}

/** One stay in a phase; a phase visited twice has two periods. */
export interface HistoryPeriod {
  phase: Phase;
  start: number;
  /** Infinity while the incident is still in it */
  end: number;
}

export interface IncidentHistory {
  /** when the app started tracking: the incident's creation. Nothing is judged before it. */
  trackedFrom: number;
  initialPhase: Phase;
  segments: Segment[];
  periods: HistoryPeriod[];
  /** the state now (the last segment) */
  current: IncidentState;
  /**
   * The phase after each logged change, in log order (time, then seq): what `phaseAt` reads, so an
   * entry logged in the same instant as a phase change still belongs to the side of it its seq is on.
   */
  phaseSteps: { at: number; seq: number; phase: Phase }[];
}

const noVisibility = (): VisibilityByAudience =>
  Object.fromEntries(AUDIENCES.map((a) => [a, 'no'])) as VisibilityByAudience;

const sameState = (a: IncidentState, b: IncidentState): boolean =>
  a.phase === b.phase &&
  a.status === b.status &&
  a.natures.join() === b.natures.join() &&
  AUDIENCES.every((x) => a.visibility[x] === b.visibility[x]);

function apply(state: IncidentState, change: IncidentChangeItem): IncidentState {
  switch (change.field) {
    case 'created':
      return change.phase ? { ...state, phase: change.phase } : state;
    case 'natures':
      return { ...state, natures: NATURES.filter((n) => change.to.includes(n)) };
    case 'visibility':
      return { ...state, visibility: { ...state.visibility, [change.audience]: change.to } };
    case 'phase':
      return { ...state, phase: change.to };
    case 'status':
      return { ...state, status: change.to };
    case 'title':
      return state;
  }
}

/**
 * The incident's history as the log tells it: which phase, natures and visibility held when.
 * `entries` are the log after corrections. The log's incident changes are the truth about the past;
 * the incident file is the truth about the present, so when the two disagree (a file from before
 * the log recorded everything) the present state wins for the last stretch.
 */
export function incidentHistory(incident: Incident, entries: readonly LogEntry[]): IncidentHistory {
  const changes = entries
    .filter((e): e is Extract<LogEntry, { kind: 'incidentChange' }> => e.kind === 'incidentChange')
    .map((e) => ({ at: Date.parse(e.occurredAt), seq: e.seq, phase: e.phase, items: changesOf(e) }))
    .sort((a, b) => a.at - b.at || a.seq - b.seq);

  const creation = changes.find((c) => c.items.some((i) => i.field === 'created'));
  const createdItem = creation?.items.find((i) => i.field === 'created');
  const trackedFrom = creation?.at ?? Date.parse(incident.createdAt);
  const initialPhase =
    (createdItem?.field === 'created' ? createdItem.phase : undefined) ?? creation?.phase ?? incident.phase;

  let state: IncidentState = { phase: initialPhase, natures: [], visibility: noVisibility(), status: 'open' };
  if (!creation) {
    // No creation in the log (a log that was lost or never written): all we know is today's state.
    state = { ...currentOf(incident) };
  }
  const segments: Segment[] = [];
  const phaseSteps: IncidentHistory['phaseSteps'] = [];
  let start = trackedFrom;
  for (const change of changes) {
    // A change typed in with a time before the creation still only counts from the creation.
    const at = Math.max(change.at, trackedFrom);
    let next = state;
    for (const item of change.items) next = apply(next, item);
    phaseSteps.push({ at, seq: change.seq, phase: next.phase });
    if (sameState(next, state)) continue;
    if (at > start) segments.push({ start, end: at, state });
    state = next;
    start = Math.max(start, at);
  }
  const present = currentOf(incident);
  if (!sameState(state, present)) state = present;
  segments.push({ start, end: Number.POSITIVE_INFINITY, state });

  return { trackedFrom, initialPhase, segments, periods: periodsOf(segments), current: state, phaseSteps };
}

function currentOf(incident: Incident): IncidentState {
  return {
    phase: incident.phase,
    natures: NATURES.filter((n) => incident.natures.includes(n)),
    visibility: { ...incident.visibility },
    status: incident.status,
  };
}

/** Consecutive segments in the same phase make one period. */
function periodsOf(segments: readonly Segment[]): HistoryPeriod[] {
  const periods: HistoryPeriod[] = [];
  for (const s of segments) {
    const last = periods.at(-1);
    if (last && last.phase === s.state.phase) last.end = s.end;
    else periods.push({ phase: s.state.phase, start: s.start, end: s.end });
  }
  return periods;
}

/**
 * The phase the incident was in at `at` (ms) for the entry `seq`; before tracking began, the phase
 * it was created in. In the very instant of a phase change, the log's order decides: an entry
 * written before the change (a lower seq) still belongs to the phase before it.
 */
export function phaseAt(history: IncidentHistory, at: number, seq = Number.POSITIVE_INFINITY): Phase {
  let phase = history.initialPhase;
  for (const step of history.phaseSteps) {
    if (step.at < at || (step.at === at && step.seq < seq)) phase = step.phase;
    else break;
  }
  return phase;
}

export const phaseIndex = (phase: Phase): number => PHASES.indexOf(phase);
