import { amsterdamToUtcIso, formatAmsterdam } from '../../../../shared/log/time';

/** A date and time field pair on the Amsterdam wall clock, as the room types it. */
export interface WallClock {
  date: string;
  time: string;
}

export const wallClockOf = (iso: string): WallClock => ({
  date: formatAmsterdam(iso, 'yyyy-MM-dd'),
  time: formatAmsterdam(iso, 'HH:mm'),
});

/** The UTC instant for a typed date and time; null while either is empty or not a time. */
export function instantOf(value: WallClock): string | null {
  if (!value.date || !/^\d{2}:\d{2}$/.test(value.time)) return null;
  try {
    return amsterdamToUtcIso(value.date, value.time);
  } catch {
    return null;
  }
}
