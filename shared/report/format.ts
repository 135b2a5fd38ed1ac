import { TZDate } from '@date-fns/tz';
import { byLocale } from '../i18n/locale';
import { DISPLAY_TIME_ZONE } from '../log/time';
import type { Locale } from '../matrix/labels';

/**
 * Time formatting for reports: always the Amsterdam wall clock, whatever zone the PC is in. The
 * same patterns as shared/log/time.ts, but with the zone offset looked up once per UTC hour: the
 * appendix formats every entry, and a full zone calculation per entry was a large part of the
 * model's time for 10,000 entries. Dutch clocks change on the hour (01:00 UTC), so per hour is exact.
 */
const offsetByHour = new Map<number, number>();

function wallClock(iso: string): Date {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${iso}`);
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = -new TZDate(ms, DISPLAY_TIME_ZONE).getTimezoneOffset();
    offsetByHour.set(hour, offset);
  }
  return new Date(ms + offset * 60_000);
}

const p2 = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${p2(d.getUTCDate())}-${p2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
const hm = (d: Date) => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;

/** dd-MM-yyyy HH:mm */
export function reportDateTime(iso: string): string {
  const d = wallClock(iso);
  return `${day(d)} ${hm(d)}`;
}

/** HH:mm */
export function reportTime(iso: string): string {
  return hm(wallClock(iso));
}

/** dd-MM-yyyy HH:mm:ss */
export function reportDateTimeSeconds(iso: string): string {
  const d = wallClock(iso);
  return `${day(d)} ${hm(d)}:${p2(d.getUTCSeconds())}`;
}

/**
 * dd-MM-yyyy HH:mm:ss, with the UTC offset added when the wall-clock time occurs twice (the hour
 * the clocks go back, last Sunday of October 02:00–03:00): "02:30:00 (+02:00)" then "(+01:00)".
 */
export function reportDateTimeSecondsUnambiguous(iso: string): string {
  const text = reportDateTimeSeconds(iso);
  const ms = Date.parse(iso);
  const hourOf = (t: number) => wallClock(new Date(t).toISOString()).getUTCHours();
  const h = hourOf(ms);
  if (h !== hourOf(ms - 3_600_000) && h !== hourOf(ms + 3_600_000)) return text;
  const offset = Math.round((wallClock(iso).getTime() - ms) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${text} (${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)})`;
}

/** A calendar date (yyyy-mm-dd, already Amsterdam) as dd-mm-yyyy; the dash when absent. */
export function reportDate(date: string | null): string {
  if (!date) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : date;
}

/** Whole minutes between two instants, rounded down: "12 minutes after" means at least 12 full minutes. */
export function minutesBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 60_000);
}

/**
 * Minutes as people say them: "45 min", "2 u 05 min", "1 d 3 u" (English: h, d). The board's
 * countdowns are clockFaceDuration (milliseconds, "3:07:45") in renderer/src/features/board/format.ts.
 */
export function formatDuration(minutes: number, locale: Locale): string {
  const m = Math.max(0, Math.round(minutes));
  const hourUnit = byLocale(locale, { nl: 'u', en: 'h' });
  if (m < 60) return `${m} min`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  if (days > 0) return `${days} d ${hours} ${hourUnit}`;
  return `${hours} ${hourUnit} ${String(rest).padStart(2, '0')} min`;
}
