import type { LogEntry, LogEntryBody } from '../../../shared/log/entry-schema';
import type { Phase } from '../../../shared/model/vocabulary';

/** A journal entry with harmless metadata, for engine and clock tests. */
export function entry(
  seq: number,
  body: LogEntryBody,
  occurredAt: string,
  phase: Phase = 'problemUnclear',
): LogEntry {
  return {
    seq,
    incidentId: 'inc-test',
    recordedAt: occurredAt,
    occurredAt,
    author: 'Operator',
    phase,
    prevHash: '0'.repeat(64),
    ...body,
  };
}
