import type { LogEntry, LogEntryBody } from '../../../shared/log/entry-schema';
import type { AppContext } from '../app-context';
import { incidentClosedError } from '../incident/incident-errors';
import { loadIncident } from '../incident/incident-repository';
import { incidentJournal } from '../workspace/journals';

export interface RecordOptions {
  author: string;
  /** when it happened (UTC ISO); defaults to now */
  occurredAt?: string;
  /**
   * A check on the log as it stands, run inside the journal's serial queue right before the line
   * is written (throw to refuse): two people doing the same at once are judged one after the other.
   */
  precondition?: (entries: readonly LogEntry[]) => void;
}

/**
 * The one way anything is written to an incident's log: the board, the log view, the quick bar and
 * the incident's own change records all come through here. The entry carries the incident's phase
 * at this moment; the promise resolves after the line is fsynced, then every window is told.
 * A closed incident takes nothing, whichever screen asks: reopen it first (closing logs before the
 * file says closed, reopening after it says open, so both pass).
 */
export async function recordLogEntry(
  ctx: AppContext,
  incidentId: string,
  body: LogEntryBody,
  options: RecordOptions,
): Promise<LogEntry> {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const incident = await loadIncident(session, incidentId);
  if (incident.status === 'closed') throw incidentClosedError();
  const journal = await incidentJournal(session, incidentId);
  const entry = await journal.append(body, {
    author: options.author,
    phase: incident.phase,
    ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
    ...(options.precondition ? { precondition: options.precondition } : {}),
  });
  ctx.events.emit('log.appended', { incidentId, seq: entry.seq });
  return entry;
}
