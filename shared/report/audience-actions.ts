import type { Incident } from '../incident/schema';
import type { LogEntry } from '../log/entry-schema';
import { evaluateMatrix } from '../matrix/engine';
import type { ActionOutcome } from '../matrix/outcomes';
import { outcomesFromLog } from '../matrix/outcomes';
import type { MatrixCells } from '../matrix/schema';
import { minutesBetween } from './format';
import type { ActionRow, AudienceReport, ExtraMessages, PhasePeriod } from './model';
import { phaseStartFor } from './phase-periods';

export interface AudienceInput {
  matrix: MatrixCells;
  incident: Incident;
  /** entries after corrections, in seq order */
  effective: readonly LogEntry[];
  /** the journal as written: the outcomes apply corrections themselves */
  entries: readonly LogEntry[];
  periods: readonly PhasePeriod[];
  lateAfterMinutes: number;
}

/** Adds when, by whom and through which channel to an outcome, from the entry that gave it. */
function detailsOf(
  outcome: ActionOutcome,
  bySeq: ReadonlyMap<number, LogEntry>,
  periods: readonly PhasePeriod[],
  lateAfterMinutes: number,
): Partial<ActionRow> {
  const entry = bySeq.get(outcome.logSeq);
  if (outcome.status === 'notApplicable') {
    return { at: outcome.at, seq: outcome.logSeq, ...(outcome.reason ? { reason: outcome.reason } : {}) };
  }
  const start = phaseStartFor(periods, outcome.phase, outcome.at);
  const minutes = start === null ? undefined : Math.max(0, minutesBetween(start, outcome.at));
  const row: Partial<ActionRow> = { at: outcome.at, seq: outcome.logSeq };
  if (minutes !== undefined) {
    row.minutesAfterPhaseStart = minutes;
    row.late = minutes > lateAfterMinutes;
  }
  if (entry?.kind === 'messageSent') {
    row.by = entry.sentBy;
    row.channel = entry.channel;
    row.recipients = entry.recipients
      .map((r) => (r.organisation ? `${r.name} (${r.organisation})` : r.name))
      .join(', ');
  }
  return row;
}

/**
 * Per audience and phase every action the matrix asked for, with what the log says happened.
 * The engine decides done / missed / not applicable exactly as the board showed it; this adds the
 * report's details and whether a phase was reached at all.
 */
export function audienceReports(input: AudienceInput): AudienceReport[] {
  const { incident, periods, lateAfterMinutes } = input;
  const bySeq = new Map(input.effective.map((e) => [e.seq, e]));
  const reachedPhases = new Set(periods.map((p) => p.phase));
  const result = evaluateMatrix({
    matrix: input.matrix,
    natures: incident.natures,
    visibility: incident.visibility,
    phase: incident.phase,
    outcomes: outcomesFromLog(input.entries),
  });

  return result.map((a): AudienceReport => {
    const extra: ExtraMessages[] = [];
    const phases = a.phases.map((p) => {
      const reached = reachedPhases.has(p.phase);
      const firstPeriod = periods.find((x) => x.phase === p.phase);
      const rows = p.actions.map((s): ActionRow => {
        const base = { audience: a.audience, phase: p.phase, action: s.action, natures: s.natures };
        const details = s.outcome ? detailsOf(s.outcome, bySeq, periods, lateAfterMinutes) : {};
        if (s.status === 'preview') return { ...base, status: a.active ? 'notReached' : 'notAsked' };
        return { ...base, ...details, status: s.status };
      });
      const byAction = new Map<number, ExtraMessages>();
      for (const o of p.extraOutcomes) {
        if (o.status !== 'done') continue;
        const e = byAction.get(o.action);
        if (!e)
          byAction.set(o.action, { phase: p.phase, action: o.action, count: 1, first: o.at, last: o.at });
        else {
          e.count += 1;
          if (o.at < e.first) e.first = o.at;
          if (o.at > e.last) e.last = o.at;
        }
      }
      extra.push(...[...byAction.values()].sort((x, y) => x.action - y.action));
      return { phase: p.phase, reached, phaseStart: firstPeriod?.start ?? null, rows };
    });
    return { audience: a.audience, visibility: a.visibility, active: a.active, phases, extra };
  });
}
