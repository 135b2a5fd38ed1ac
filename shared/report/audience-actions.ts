import type { Incident } from '../incident/schema';
import type { LogEntry } from '../log/entry-schema';
import type { MatrixCells } from '../matrix/schema';
import { judgeIncident } from '../verdicts/judge';
import type { Partner } from '../verdicts/partners';
import type { IncidentVerdicts, Verdict } from '../verdicts/types';
import type { ActionRow, AudienceReport, ExtraMessages } from './model';

export interface AudienceInput {
  matrix: MatrixCells;
  incident: Incident;
  /** entries after corrections, in seq order */
  effective: readonly LogEntry[];
  partners: readonly Partner[];
  lateAfterMinutes: number;
}

/** Adds by whom, through which channel and to whom, from the entry that did it. */
function rowOf(v: Verdict, bySeq: ReadonlyMap<number, LogEntry>, names: (id: string) => string): ActionRow {
  const row: ActionRow = {
    audience: v.audience,
    phase: v.phase,
    action: v.action,
    natures: v.natures,
    status: v.status,
  };
  if (v.at) row.at = v.at;
  if (v.seq !== undefined) row.seq = v.seq;
  if (v.minutesAfterDue !== undefined) row.minutesAfterDue = v.minutesAfterDue;
  if (v.reason) row.reason = v.reason;
  if (v.donePhase) row.donePhase = v.donePhase;
  if (v.via) row.via = v.via;
  if (v.notRequiredReason) row.notRequiredReason = v.notRequiredReason;
  if (v.recipients) {
    row.partners = {
      told: v.recipients.told.map(names),
      notTold: v.recipients.notTold.map(names),
      excluded: v.recipients.excluded.map(names),
    };
  }
  const entry = v.seq !== undefined ? bySeq.get(v.seq) : undefined;
  if (entry?.kind === 'messageSent' && (v.status === 'done' || v.status === 'doneLate')) {
    row.by = entry.sentBy;
    row.channel = entry.channel;
    row.recipients = entry.recipients
      .map((r) => (r.organisation ? `${r.name} (${r.organisation})` : r.name))
      .join(', ');
  } else if (entry?.kind === 'regulatorNotification') {
    row.by = entry.author;
  }
  return row;
}

/**
 * Per audience and phase every action the matrix asked for, judged by the one verdict engine
 * exactly as the board showed it, with the report's details added.
 */
export function audienceReports(input: AudienceInput): {
  audiences: AudienceReport[];
  verdicts: IncidentVerdicts;
} {
  const verdicts = judgeIncident({
    matrix: input.matrix,
    incident: input.incident,
    entries: input.effective,
    partners: input.partners,
    normMinutes: input.lateAfterMinutes,
  });
  const bySeq = new Map(input.effective.map((e) => [e.seq, e]));
  const names = (id: string) => verdicts.organisations[id] ?? id;
  const audiences = verdicts.audiences.map((a): AudienceReport => {
    const extra: ExtraMessages[] = [];
    const phases = a.phases.map((p) => {
      const byAction = new Map<number, ExtraMessages>();
      for (const x of p.extra) {
        const known = byAction.get(x.action);
        if (!known)
          byAction.set(x.action, { phase: p.phase, action: x.action, count: 1, first: x.at, last: x.at });
        else {
          known.count += 1;
          if (x.at < known.first) known.first = x.at;
          if (x.at > known.last) known.last = x.at;
        }
      }
      extra.push(...[...byAction.values()].sort((x, y) => x.action - y.action));
      return {
        phase: p.phase,
        reached: p.timing === 'past' || p.timing === 'current',
        phaseStart: p.periods[0]?.start ?? null,
        // every stay in the phase (the engine's history): a phase visited twice is shown twice
        phaseStarts: p.periods.map((x) => x.start),
        rows: p.verdicts.map((v) => rowOf(v, bySeq, names)),
      };
    });
    return { audience: a.audience, visibility: a.visibility, active: a.active, phases, extra };
  });
  return { audiences, verdicts };
}
