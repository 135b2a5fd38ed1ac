import { amsterdamToUtcIso, formatAmsterdam } from '../../../../shared/log/time';

/** Date and time inputs (Amsterdam wall clock) → UTC ISO; empty means "now" (undefined). */
export function occurredFromInputs(date: string, time: string): string | undefined {
  if (!date && !time) return undefined;
  const day = date || formatAmsterdam(new Date().toISOString(), 'yyyy-MM-dd');
  return amsterdamToUtcIso(day, time || '00:00');
}

export function inputsFromIso(iso: string): { date: string; time: string } {
  return { date: formatAmsterdam(iso, 'yyyy-MM-dd'), time: formatAmsterdam(iso, 'HH:mm:ss') };
}

/** A minute of slack, as the journal allows, for clocks that run a little apart. */
export const isFuture = (iso: string | undefined): boolean =>
  iso !== undefined && Date.parse(iso) > Date.now() + 60_000;
