import { DATE_TIME, formatAmsterdam, TIME_ONLY } from '../log/time';
import type { Locale } from '../matrix/labels';

/** Time formatting for reports: always the Amsterdam wall clock, whatever zone the PC is in. */
export const reportDateTime = (iso: string): string => formatAmsterdam(iso, DATE_TIME);
export const reportTime = (iso: string): string => formatAmsterdam(iso, TIME_ONLY);
export const reportDateTimeSeconds = (iso: string): string => formatAmsterdam(iso, 'dd-MM-yyyy HH:mm:ss');

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

/** A duration as people say it: "45 min", "2 u 05 min", "1 d 3 u" (English: h, d). */
export function formatDuration(minutes: number, locale: Locale): string {
  const m = Math.max(0, Math.round(minutes));
  const hourUnit = locale === 'nl' ? 'u' : 'h';
  if (m < 60) return `${m} min`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  if (days > 0) return `${days} d ${hours} ${hourUnit}`;
  return `${hours} ${hourUnit} ${String(rest).padStart(2, '0')} min`;
}
