import type { LogRow } from '../../../../shared/api/log-api';
import { localeOf } from '../../../../shared/i18n/locale';
import type { LogEntry } from '../../../../shared/log/entry-schema';
import { summaryOf } from '../../../../shared/log/summary';
import { DATE_TIME_SECONDS, formatAmsterdam } from '../../../../shared/log/time';

/** Amsterdam wall clock, 24-hour; the date is left out when it is today, to keep rows short. */
export function shortTime(
  iso: string,
  today: string = formatAmsterdam(new Date().toISOString(), 'dd-MM-yyyy'),
): string {
  const day = formatAmsterdam(iso, 'dd-MM-yyyy');
  return day === today ? formatAmsterdam(iso, 'HH:mm:ss') : formatAmsterdam(iso, 'dd-MM HH:mm');
}

export const fullTime = (iso: string): string => formatAmsterdam(iso, DATE_TIME_SECONDS);

/** A moment to the minute: "14:00" today, "29-11 06:00" on another day (a deadline, a promised update). */
export function shortMoment(
  iso: string,
  today: string = formatAmsterdam(new Date().toISOString(), 'dd-MM-yyyy'),
): string {
  const day = formatAmsterdam(iso, 'dd-MM-yyyy');
  return day === today ? formatAmsterdam(iso, 'HH:mm') : formatAmsterdam(iso, 'dd-MM HH:mm');
}

/** Fields that hold a moment; shown on the Amsterdam clock, never as an ISO string. */
const TIME_FIELDS = new Set(['occurredAt', 'recordedAt', 'answerBy', 'nextUpdateAt']);

/** The entry the room should read: the corrected one when there is a correction. */
export const shown = (row: LogRow): LogEntry => row.effective ?? row.entry;

export function summaryText(entry: LogEntry, language: string): string {
  return summaryOf(entry, localeOf(language));
}

/** The value of a field as text, for "originally …" next to a corrected value. */
export function fieldText(entry: LogEntry, field: string): string {
  const value = (entry as Record<string, unknown>)[field];
  if (value === undefined || value === null) return '–';
  if (TIME_FIELDS.has(field) && typeof value === 'string') return fullTime(value);
  if (value === '') return '–';
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === 'object' && v ? (v as { name?: string }).name : String(v)))
      .join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
