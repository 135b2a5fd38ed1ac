import { amsterdamToUtcIso, formatAmsterdam } from '../../../../shared/log/time';

/**
 * Date and time are typed as text (dd-mm-jjjj, uu:mm[:ss]) rather than with the browser's own
 * pickers: those follow the machine's locale and may show AM/PM, and the room works in 24 hours.
 */
export const DATE_PATTERN = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
export const TIME_PATTERN = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Date and time as typed (Amsterdam wall clock) → UTC ISO; both empty means "now" (undefined). */
export function occurredFromInputs(date: string, time: string): string | undefined {
  const d = date.trim();
  const t = time.trim();
  if (!d && !t) return undefined;
  const day = d ? DATE_PATTERN.exec(d) : null;
  if (d && !day) throw new RangeError('date');
  const clock = TIME_PATTERN.exec(t || '00:00');
  if (!clock) throw new RangeError('time');
  const iso = day
    ? `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`
    : formatAmsterdam(new Date().toISOString(), 'yyyy-MM-dd');
  const hhmmss = `${clock[1]!.padStart(2, '0')}:${clock[2]}${clock[3] ? `:${clock[3]}` : ''}`;
  const result = amsterdamToUtcIso(iso, hhmmss);
  if (Number.isNaN(Date.parse(result))) throw new RangeError('date');
  return result;
}

export function inputsFromIso(iso: string): { date: string; time: string } {
  return { date: formatAmsterdam(iso, 'dd-MM-yyyy'), time: formatAmsterdam(iso, 'HH:mm:ss') };
}

/** A minute of slack, as the journal allows, for clocks that run a little apart. */
export const isFuture = (iso: string | undefined): boolean =>
  iso !== undefined && Date.parse(iso) > Date.now() + 60_000;
