import type { LogEntry } from '../log/entry-schema';

/**
 * An entry recorded this long after it happened was logged afterwards: the report shows both
 * times, so an entry written up hours later does not read as if it was logged live. Five minutes
 * leaves room for typing a message out after a phone call.
 */
export const LATE_LOGGED_AFTER_MINUTES = 5;

/** Whole minutes between occurredAt and recordedAt when above the threshold; null otherwise. */
export function loggedLateBy(e: Pick<LogEntry, 'occurredAt' | 'recordedAt'>): number | null {
  const minutes = (Date.parse(e.recordedAt) - Date.parse(e.occurredAt)) / 60_000;
  return minutes > LATE_LOGGED_AFTER_MINUTES ? Math.floor(minutes) : null;
}
