import { useState } from 'react';
import { type NextUpdateDay, nextUpdateFromInputs } from '../../../../shared/log/wall-clock';

export interface NextUpdate {
  day: NextUpdateDay;
  time: string;
  setDay(day: NextUpdateDay): void;
  setTime(time: string): void;
  /** the moment for {volgende_update}; null while empty or not yet a valid time */
  iso: string | null;
  badTime: boolean;
  /** today at a time that has gone by: a promise the room cannot keep */
  past: boolean;
}

/** The "next update" moment of a draft: today or tomorrow, at a 24-hour time. */
export function useNextUpdate(): NextUpdate {
  const [day, setDay] = useState<NextUpdateDay>('today');
  const [time, setTime] = useState('');
  let iso: string | null = null;
  let badTime = false;
  try {
    iso = nextUpdateFromInputs(day, time);
  } catch {
    // "14:" is half typed, not wrong; only a full-length time that does not parse is flagged
    badTime = time.trim().length >= 4;
  }
  const past = iso !== null && Date.parse(iso) < Date.now();
  return { day, time, setDay, setTime, iso, badTime, past };
}
