import type { Incident } from '../incident/schema';
import type { LogEntry } from '../log/entry-schema';
import { recommendedActions } from '../matrix/recommended';
import type { MatrixCells } from '../matrix/schema';
import { AUDIENCES, type Audience, NATURES, type Nature, PHASES, type Phase } from '../model/vocabulary';
import { cellKey, type Fulfilment, gatherFacts, type VerdictFacts } from './facts';
import { type IncidentHistory, incidentHistory, phaseIndex } from './history';
import { type Partner, PartnerMatcher, PER_RECIPIENT_AUDIENCES } from './partners';
import type {
  AudienceVerdicts,
  ExtraMessage,
  IncidentVerdicts,
  PhaseTiming,
  PhaseVerdicts,
  RecipientState,
  Verdict,
} from './types';

export interface JudgeInput {
  matrix: MatrixCells;
  incident: Incident;
  /** the log after corrections (applyCorrections), in seq order */
  entries: readonly LogEntry[];
  /** the protocol's stakeholders (partnersFromProtocol) */
  partners: readonly Partner[];
  /** minutes after an action becomes due before it counts as late (the evaluation's norm) */
  normMinutes: number;
}

/** Done once for an audience, done for the incident: "als dit nog niet gedaan is". */
export const ONCE_ONLY_ACTIONS: ReadonlySet<number> = new Set([6]);
/** "Zo nodig": left undone it was not needed, never missed. */
export const CONDITIONAL_ACTIONS: ReadonlySet<number> = new Set([9]);

interface Owed {
  from: number;
}

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The one verdict engine (DESIGN.md §6) behind the board, the projector, the reports and
 * `ketenbord status`. Each phase is judged by the natures and visibility that held while the
 * incident was in it, as the log's incident changes tell; an audience owes a phase's actions from
 * the moment it could see the incident; phases before the incident was created owe nothing. Pure
 * and independent of the clock: the same log always gives the same verdicts.
 */
export function judgeIncident(input: JudgeInput): IncidentVerdicts {
  const history = incidentHistory(input.incident, input.entries);
  const matcher = new PartnerMatcher(input.partners);
  const facts = gatherFacts(input.entries, history, matcher);
  const { owed, listed } = owedActions(input.matrix, history);
  const closed = history.current.status === 'closed';
  const judge: Judge = {
    input,
    history,
    facts,
    owed,
    closed,
    normMs: input.normMinutes * MINUTE,
    partnersOf: (audience) => input.partners.filter((p) => p.audience === audience).map((p) => p.id),
  };

  const audiences = AUDIENCES.map((audience): AudienceVerdicts => {
    const phases = PHASES.map((phase): PhaseVerdicts => {
      const timing = timingOf(history, phase, closed);
      const actions =
        listed.get(`${phase}|${audience}`) ??
        listFor(input.matrix, audience, phase, natureUnion(history, timing));
      const verdicts = [...actions.entries()]
        .sort(([a], [b]) => a - b)
        .map(([action, natures]) => verdictFor(judge, phase, audience, action, natures, timing));
      return {
        phase,
        timing,
        periods: history.periods
          .filter((p) => p.phase === phase)
          .map((p) => ({ start: iso(p.start), end: Number.isFinite(p.end) ? iso(p.end) : null })),
        verdicts,
        extra: extraMessages(facts, phase, audience, actions),
      };
    });
    const visibleFrom = history.segments.find((s) => s.state.visibility[audience] !== 'no');
    return {
      audience,
      visibility: history.current.visibility[audience],
      active: history.current.visibility[audience] !== 'no',
      visibleSince: visibleFrom ? iso(visibleFrom.start) : null,
      phases,
    };
  });

  return {
    trackedFrom: iso(history.trackedFrom),
    currentPhase: history.current.phase,
    closed,
    normMinutes: input.normMinutes,
    audiences,
    organisations: Object.fromEntries(input.partners.map((p) => [p.id, p.organisation])),
  };
}

interface Judge {
  input: JudgeInput;
  history: IncidentHistory;
  facts: VerdictFacts;
  owed: Map<string, Owed>;
  closed: boolean;
  normMs: number;
  partnersOf(audience: Audience): string[];
}

/**
 * For every stretch of time while the incident was open: which actions each audience that could
 * see the incident owed in that phase, and since when (the earliest moment). `listed` is what each
 * phase row shows, visible or not, over every nature that held during the phase.
 */
function owedActions(matrix: MatrixCells, history: IncidentHistory) {
  const owed = new Map<string, Owed>();
  const listed = new Map<string, Map<number, Nature[]>>();
  for (const segment of history.segments) {
    const { phase, natures, visibility, status } = segment.state;
    for (const audience of AUDIENCES) {
      const actions = recommendedActions(matrix, audience, phase, natures);
      const row = listed.get(`${phase}|${audience}`) ?? new Map<number, Nature[]>();
      listed.set(`${phase}|${audience}`, row);
      for (const { action, natures: asking } of actions) {
        row.set(action, union(row.get(action) ?? [], asking));
        if (status === 'closed' || visibility[audience] === 'no') continue;
        const key = cellKey(phase, audience, action);
        const known = owed.get(key);
        if (!known || segment.start < known.from) owed.set(key, { from: segment.start });
      }
    }
  }
  return { owed, listed };
}

const union = (a: readonly Nature[], b: readonly Nature[]): Nature[] =>
  NATURES.filter((n) => a.includes(n) || b.includes(n));

function listFor(matrix: MatrixCells, audience: Audience, phase: Phase, natures: readonly Nature[]) {
  return new Map(recommendedActions(matrix, audience, phase, natures).map((r) => [r.action, r.natures]));
}

/** A phase the incident never was in is shown with the natures it had when tracking began, or now. */
function natureUnion(history: IncidentHistory, timing: PhaseTiming): Nature[] {
  if (timing === 'notTracked') return history.segments[0]?.state.natures ?? history.current.natures;
  return history.current.natures;
}

function timingOf(history: IncidentHistory, phase: Phase, closed: boolean): PhaseTiming {
  if (phase === history.current.phase && !closed) return 'current';
  if (history.periods.some((p) => p.phase === phase)) return 'past';
  if (phaseIndex(phase) < phaseIndex(history.initialPhase)) return 'notTracked';
  if (phaseIndex(phase) > phaseIndex(history.current.phase)) return 'upcoming';
  return 'skipped';
}

/**
 * The last moment the incident was in `phase`: Infinity for the current and coming phases, and for
 * a skipped one (nothing is owed there, so a once-only action done at any time shows as done).
 */
function endOf(history: IncidentHistory, phase: Phase, timing: PhaseTiming): number | null {
  if (timing === 'current' || timing === 'upcoming' || timing === 'skipped') return Number.POSITIVE_INFINITY;
  if (timing !== 'past') return null;
  let end = Number.NEGATIVE_INFINITY;
  for (const p of history.periods) if (p.phase === phase) end = Math.max(end, p.end);
  return end;
}

interface Coverage {
  /** the fulfilment that completed it: the first one, or the one that told the last organisation */
  completing: Fulfilment | null;
  told: Set<string>;
}

function cover(list: readonly Fulfilment[], required: ReadonlySet<string> | null): Coverage {
  const told = new Set<string>();
  for (const f of list) {
    if (!required) return { completing: f, told };
    for (const id of f.told) if (required.has(id)) told.add(id);
    if (told.size === required.size) return { completing: f, told };
  }
  return { completing: null, told };
}

function verdictFor(
  j: Judge,
  phase: Phase,
  audience: Audience,
  action: number,
  natures: Nature[],
  timing: PhaseTiming,
): Verdict {
  const key = cellKey(phase, audience, action);
  const owed = j.owed.get(key);
  const base: Verdict = { phase, audience, action, status: 'upcoming', natures };
  if (owed) base.owedFrom = iso(owed.from);
  if (CONDITIONAL_ACTIONS.has(action)) base.conditional = true;

  const excluded = j.facts.excluded.get(audience) ?? new Set<string>();
  const listedPartners = PER_RECIPIENT_AUDIENCES.includes(audience) ? j.partnersOf(audience) : [];
  const required = listedPartners.filter((id) => !excluded.has(id));
  const requiredSet = required.length > 0 ? new Set(required) : null;

  const own = j.facts.fulfilments.get(key) ?? [];
  let list = own;
  const end = endOf(j.history, phase, timing);
  if (ONCE_ONLY_ACTIONS.has(action) && end !== null) {
    // Done once for this audience is done: what was done in other phases up to the end of this one counts.
    const elsewhere = (j.facts.byAction.get(`${audience}|${action}`) ?? []).filter(
      (f) => f.phase !== phase && f.at <= end,
    );
    list = [...own, ...elsewhere].sort((a, b) => a.at - b.at || a.seq - b.seq);
  }
  const coverage = cover(list, requiredSet);
  const recipients = (): RecipientState | undefined =>
    requiredSet
      ? {
          told: required.filter((id) => coverage.told.has(id)),
          notTold: required.filter((id) => !coverage.told.has(id)),
          excluded: listedPartners.filter((id) => excluded.has(id)),
        }
      : undefined;
  const withRecipients = (v: Verdict): Verdict => {
    const r = recipients();
    return r ? { ...v, recipients: r } : v;
  };

  const done = coverage.completing;
  if (done) {
    const at = iso(done.at);
    if (done.phase !== phase && (!owed || done.at < owed.from)) {
      return withRecipients({
        ...base,
        status: 'satisfiedEarlier',
        at,
        seq: done.seq,
        donePhase: done.phase,
        via: done.via,
      });
    }
    const after = owed ? Math.max(0, done.at - owed.from) : 0;
    // Late: beyond the norm, or after its phase was over (a missed action logged later).
    const late = owed !== undefined && (after > j.normMs || (end !== null && done.at > end));
    return withRecipients({
      ...base,
      status: late ? 'doneLate' : 'done',
      at,
      seq: done.seq,
      minutesAfterDue: Math.floor(after / MINUTE),
      via: done.via,
    });
  }

  const na = j.facts.notApplicable.get(key);
  if (na)
    return withRecipients({
      ...base,
      status: 'notApplicable',
      at: iso(na.at),
      seq: na.seq,
      reason: na.reason,
    });
  const notNeeded = j.facts.notNeeded.get(key);
  if (notNeeded) {
    return {
      ...base,
      status: 'notNeeded',
      at: iso(notNeeded.at),
      seq: notNeeded.seq,
      reason: notNeeded.reason,
    };
  }

  if (!owed) {
    // Nothing was owed here: organisations told anyway still show, but nobody is "still missing".
    const quiet = (v: Verdict) => (coverage.told.size > 0 ? withRecipients(v) : v);
    if (timing === 'upcoming') return quiet({ ...base, status: 'upcoming' });
    const notRequiredReason =
      timing === 'notTracked' ? 'notTracked' : timing === 'skipped' ? 'phaseSkipped' : 'notVisible';
    return quiet({ ...base, status: 'notRequired', notRequiredReason });
  }
  const dueAt = iso(owed.from + j.normMs);
  if (list.length > 0 && requiredSet) {
    return withRecipients({ ...base, status: 'partial', ...(timing === 'current' ? { dueAt } : {}) });
  }
  if (timing === 'current') return withRecipients({ ...base, status: 'open', dueAt });
  if (CONDITIONAL_ACTIONS.has(action)) return { ...base, status: 'notNeeded' };
  return withRecipients({ ...base, status: 'missed' });
}

function extraMessages(
  facts: VerdictFacts,
  phase: Phase,
  audience: Audience,
  asked: ReadonlyMap<number, Nature[]>,
): ExtraMessage[] {
  const extra: ExtraMessage[] = [];
  for (let action = 1; action <= 10; action++) {
    if (asked.has(action)) continue;
    for (const f of facts.fulfilments.get(cellKey(phase, audience, action)) ?? []) {
      if (f.via === 'message') extra.push({ action, at: iso(f.at), seq: f.seq });
    }
  }
  return extra;
}

/** Every verdict in one list (phase, then audience, then action): what `ketenbord status` prints. */
export function flattenVerdicts(result: IncidentVerdicts): Verdict[] {
  const all: Verdict[] = [];
  for (const phase of PHASES) {
    for (const a of result.audiences) {
      const row = a.phases.find((p) => p.phase === phase);
      if (row) all.push(...row.verdicts);
    }
  }
  return all;
}
