import type { Incident } from '../incident/schema';
import { changesOf, type LogEntry } from '../log/entry-schema';
import type { Phase } from '../model/vocabulary';
import { minutesBetween } from './format';
import type { PhasePeriod } from './model';

type PhaseChange = { at: string; from: Phase; to: Phase; seq: number };

const byTime = (a: { at: string; seq: number }, b: { at: string; seq: number }) =>
  Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq;

/** Phase changes from the (corrected) log, in time order: the incident file only holds the current phase. */
export function phaseChanges(entries: readonly LogEntry[]): PhaseChange[] {
  const changes: PhaseChange[] = [];
  for (const e of entries) {
    if (e.kind !== 'incidentChange') continue;
    for (const c of changesOf(e)) {
      if (c.field === 'phase') changes.push({ at: e.occurredAt, from: c.from, to: c.to, seq: e.seq });
    }
  }
  return changes.sort(byTime);
}

/**
 * When the incident ended for the report: the logged closing (or closedAt); an open incident ends
 * at its last log entry, so a report made a week later does not stretch the last phase by a week.
 */
export function incidentEnd(
  incident: Incident,
  entries: readonly LogEntry[],
): { end: string; ongoing: boolean } {
  let closedAt: string | null = null;
  let lastAt = incident.detectedAt;
  for (const e of entries) {
    if (Date.parse(e.occurredAt) > Date.parse(lastAt)) lastAt = e.occurredAt;
    if (e.kind !== 'incidentChange') continue;
    for (const c of changesOf(e))
      if (c.field === 'status') closedAt = c.to === 'closed' ? e.occurredAt : null;
  }
  if (incident.status === 'closed') return { end: closedAt ?? incident.closedAt ?? lastAt, ongoing: false };
  return { end: lastAt, ongoing: true };
}

/**
 * The phases the incident went through, as periods from detection to the end. The first phase is
 * the `from` of the first logged change (or the current phase when it never changed).
 */
export function phasePeriods(incident: Incident, entries: readonly LogEntry[]): PhasePeriod[] {
  const changes = phaseChanges(entries);
  const { end, ongoing } = incidentEnd(incident, entries);
  const periods: PhasePeriod[] = [];
  let phase: Phase = changes[0]?.from ?? incident.phase;
  let start = incident.detectedAt;
  const push = (until: string, last: boolean) => {
    // a change logged before detection (a typed-in earlier time) must not make a negative period
    const to = Date.parse(until) < Date.parse(start) ? start : until;
    periods.push({ phase, start, end: to, ongoing: last && ongoing, minutes: minutesBetween(start, to) });
  };
  for (const c of changes) {
    push(c.at, false);
    phase = c.to;
    start = Date.parse(c.at) < Date.parse(start) ? start : c.at;
  }
  push(end, true);
  return periods;
}
