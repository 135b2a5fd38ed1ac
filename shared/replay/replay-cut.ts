import type { Incident } from '../incident/schema';
import { changesOf, type LogEntry } from '../log/entry-schema';
import { NATURES } from '../model/vocabulary';

/**
 * Replay (issue 16) cuts the log by `recordedAt`, not `occurredAt`: the board at a moment showed
 * what had been written down by then. A message logged at 10:40 as sent at 10:05 was not on the
 * board at 10:20, and showing it there would make the replay kinder than the real thing.
 */
export function entriesRecordedBy(entries: readonly LogEntry[], atMs: number): LogEntry[] {
  const cut: LogEntry[] = [];
  for (const e of entries) {
    // the journal is in seq order, and recordedAt never goes back, so the first later one ends it
    if (Date.parse(e.recordedAt) > atMs) break;
    cut.push(e);
  }
  return cut;
}

/**
 * The incident file as it stood once these entries were written: every recorded change applied in
 * the order it was written (as the file was updated), starting from what the creation logged.
 */
export function incidentAsOf(incident: Incident, cut: readonly LogEntry[]): Incident {
  const created = cut.find(
    (e) => e.kind === 'incidentChange' && changesOf(e).some((c) => c.field === 'created'),
  );
  // without its creation in the log there is nothing to rebuild from: today's file is all we know
  if (!created) return incident;
  const next: Incident = {
    ...incident,
    natures: [],
    visibility: {
      internal: 'no',
      outsourcingPartners: 'no',
      chainPartners: 'no',
      customers: 'no',
      public: 'no',
    },
    phaseChangedAt: created.recordedAt,
    status: 'open',
    closedAt: null,
  };
  for (const e of cut) {
    if (e.kind !== 'incidentChange') continue;
    for (const c of changesOf(e)) {
      if (c.field === 'created') {
        next.title = c.title;
        next.phase = c.phase ?? e.phase;
      } else if (c.field === 'title') next.title = c.to;
      else if (c.field === 'natures') next.natures = NATURES.filter((n) => c.to.includes(n));
      else if (c.field === 'visibility') next.visibility = { ...next.visibility, [c.audience]: c.to };
      else if (c.field === 'phase') {
        next.phase = c.to;
        next.phaseChangedAt = e.occurredAt;
      } else if (c.field === 'status') {
        next.status = c.to;
        next.closedAt = c.to === 'closed' ? e.recordedAt : null;
      }
    }
  }
  // an incident always has a nature; an odd log without one keeps the file's
  if (next.natures.length === 0) next.natures = incident.natures;
  return next;
}
