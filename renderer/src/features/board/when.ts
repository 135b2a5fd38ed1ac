import { formatAmsterdam } from '../../../../shared/log/time';
import { dueFromInputs, occurredFromInputs } from '../../../../shared/log/wall-clock';

/**
 * A date and time as the room types them: dd-mm-jjjj and uu:mm on the Amsterdam wall clock, as
 * text (the browser's own pickers follow the machine's locale and may show AM/PM; the room works
 * in 24 hours). The same parsing as the log page (shared/log/wall-clock.ts).
 */
export interface WallClock {
  date: string;
  time: string;
}

export const wallClockOf = (iso: string): WallClock => ({
  date: formatAmsterdam(iso, 'dd-MM-yyyy'),
  time: formatAmsterdam(iso, 'HH:mm'),
});

/** A moment that has passed (submitted at, aware since); a time alone is today. Null while unreadable. */
export function pastInstantOf(value: WallClock): string | null {
  try {
    return occurredFromInputs(value.date, value.time) ?? null;
  } catch {
    return null;
  }
}

/** A moment to come (the next update); a time alone is the next time the clock shows it. */
export function dueInstantOf(value: WallClock): string | null {
  try {
    return dueFromInputs(value.date, value.time)?.iso ?? null;
  } catch {
    return null;
  }
}
