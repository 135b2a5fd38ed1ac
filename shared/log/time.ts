import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Everything is stored in UTC and shown on the wall clock of the crisis room (DESIGN.md §2, issue 5). */
export const DISPLAY_TIME_ZONE = 'Europe/Amsterdam';

/** Day and 24-hour time as Dutch readers expect it, e.g. 28-11-2026 11:49:51. */
export const DATE_TIME_SECONDS = 'dd-MM-yyyy HH:mm:ss';
export const DATE_TIME = 'dd-MM-yyyy HH:mm';
export const TIME_ONLY = 'HH:mm';
/** Sortable, for CSV and files: 2026-11-28 11:49:51. */
export const SORTABLE_DATE_TIME = 'yyyy-MM-dd HH:mm:ss';

/**
 * Formats a UTC ISO instant on the Amsterdam wall clock. TZDate does the zone arithmetic, so the
 * result does not depend on the time zone of the machine (a laptop set to UTC shows the same).
 */
export function formatAmsterdam(isoInstant: string, pattern: string = DATE_TIME_SECONDS): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${isoInstant}`);
  return format(new TZDate(ms, DISPLAY_TIME_ZONE), pattern);
}

/**
 * Turns a wall-clock time typed in the room (Amsterdam) into the UTC instant we store, e.g. for an
 * occurredAt earlier than now. `date` is yyyy-MM-dd, `time` is HH:mm or HH:mm:ss.
 */
export function amsterdamToUtcIso(date: string, time: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) throw new RangeError(`not a date and time: ${date} ${time}`);
  const zoned = new TZDate(
    Number(d[1]),
    Number(d[2]) - 1,
    Number(d[3]),
    Number(t[1]),
    Number(t[2]),
    Number(t[3] ?? 0),
    DISPLAY_TIME_ZONE,
  );
  return new Date(zoned.getTime()).toISOString();
}
