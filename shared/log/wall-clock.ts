import { liesInFuture } from '../model/future-time';
import { amsterdamToUtcIso, formatAmsterdam } from './time';

/**
 * Date and time are typed as text (dd-mm-jjjj, uu:mm[:ss]) rather than with the browser's own
 * pickers: those follow the machine's locale and may show AM/PM, and the room works in 24 hours.
 */
export const DATE_PATTERN = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
export const TIME_PATTERN = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "uu:mm[:ss]" → "HH:mm[:ss]", or null when it is not a time on a 24-hour clock (25:00, 12:60). */
export function clockOf(time: string): string | null {
  const clock = TIME_PATTERN.exec(time.trim());
  if (!clock) return null;
  const [h, m, s] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
  // Without this check the time zone library quietly rolls 25:00 over into the next day.
  if (h > 23 || m > 59 || s > 59) return null;
  return `${clock[1]!.padStart(2, '0')}:${clock[2]}${clock[3] ? `:${clock[3]}` : ''}`;
}

/** "dd-mm-jjjj" → "yyyy-MM-dd", or null when the day does not exist (31-02-2026). */
function dayOf(date: string): string | null {
  const day = DATE_PATTERN.exec(date.trim());
  if (!day) return null;
  const [d, m, y] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
}

/** Today on the Amsterdam wall clock, plus `days`, as yyyy-MM-dd. */
export function amsterdamDay(days = 0, now: Date = new Date()): string {
  const today = formatAmsterdam(now.toISOString(), 'yyyy-MM-dd');
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Date and time as typed (Amsterdam wall clock) → UTC ISO; both empty means "now" (undefined). */
export function occurredFromInputs(date: string, time: string): string | undefined {
  const d = date.trim();
  const t = time.trim();
  if (!d && !t) return undefined;
  const day = d ? dayOf(d) : amsterdamDay();
  if (!day) throw new RangeError('date');
  const clock = clockOf(t || '00:00');
  if (!clock) throw new RangeError('time');
  const result = amsterdamToUtcIso(day, clock);
  if (Number.isNaN(Date.parse(result))) throw new RangeError('date');
  return result;
}

export type NextUpdateDay = 'today' | 'tomorrow';

/**
 * The moment of the next update as picked in the drafting panel: today or tomorrow at HH:MM,
 * Amsterdam time. Empty time → null (the template then says the moment is not known yet).
 */
export function nextUpdateFromInputs(
  day: NextUpdateDay,
  time: string,
  now: Date = new Date(),
): string | null {
  if (!time.trim()) return null;
  const clock = clockOf(time);
  if (!clock) throw new RangeError('time');
  return amsterdamToUtcIso(amsterdamDay(day === 'tomorrow' ? 1 : 0, now), clock);
}

export function inputsFromIso(iso: string): { date: string; time: string } {
  return { date: formatAmsterdam(iso, 'dd-MM-yyyy'), time: formatAmsterdam(iso, 'HH:mm:ss') };
}

/** The form's check, with the same margin as the journal's (see future-time.ts). */
export const isFuture = (iso: string | undefined): boolean => iso !== undefined && liesInFuture(iso);

/**
 * A moment that is due (an answer wanted by, a promised update), typed as date and time on the
 * Amsterdam clock. A time alone means the next time the clock shows it: at 23:00, "06:00" is
 * tomorrow morning, which is what a journalist with a 06:00 deadline means. Both empty: none.
 * `day` says which day it came to, for the line under the fields ("morgen 06:00").
 */
export function dueFromInputs(
  date: string,
  time: string,
  now: Date = new Date(),
): { iso: string; day: 'today' | 'tomorrow' | 'other' } | null {
  const d = date.trim();
  const t = time.trim();
  if (!d && !t) return null;
  const clock = clockOf(t);
  if (!clock) throw new RangeError('time');
  if (d) {
    const day = dayOf(d);
    if (!day) throw new RangeError('date');
    const iso = amsterdamToUtcIso(day, clock);
    const which =
      day === amsterdamDay(0, now) ? 'today' : day === amsterdamDay(1, now) ? 'tomorrow' : 'other';
    return { iso, day: which };
  }
  const today = amsterdamToUtcIso(amsterdamDay(0, now), clock);
  if (Date.parse(today) >= now.getTime()) return { iso: today, day: 'today' };
  return { iso: amsterdamToUtcIso(amsterdamDay(1, now), clock), day: 'tomorrow' };
}
