import { z } from 'zod';

/**
 * The calendar identity of this workspace's exercise (exercise-calendar.json): one UID for as
 * long as the workspace plans exercises, so a calendar program updates the event when the date
 * moves instead of adding a second one; SEQUENCE goes up each time the event's content changes
 * (RFC 5545 §3.8.7.4), which is how a calendar knows the newer copy wins.
 */
export const EXERCISE_CALENDAR_SCHEMA_VERSION = 1;

export const exerciseCalendarSchema = z.object({
  schemaVersion: z.literal(EXERCISE_CALENDAR_SCHEMA_VERSION),
  uid: z.string().regex(/^[A-Za-z0-9@._-]{8,200}$/),
  sequence: z.number().int().min(0),
  /** what the last exported event said (start, end, text, repeat, reminder); null before the first */
  fingerprint: z.string().max(200_000).nullable(),
});
export type ExerciseCalendar = z.infer<typeof exerciseCalendarSchema>;

/** The state after exporting an event with this fingerprint: the sequence rises only on a change. */
export function nextCalendarState(current: ExerciseCalendar, fingerprint: string): ExerciseCalendar {
  if (current.fingerprint === null) return { ...current, fingerprint };
  if (current.fingerprint === fingerprint) return current;
  return { ...current, sequence: current.sequence + 1, fingerprint };
}
