import { useState } from 'react';
import { formatAmsterdam } from '../../../../shared/log/time';
import { dueFromInputs } from '../../../../shared/log/wall-clock';

export interface Due {
  date: string;
  time: string;
  setDate(value: string): void;
  setTime(value: string): void;
  clear(): void;
  /** UTC ISO of the moment, or undefined while empty (or not yet valid) */
  iso: string | undefined;
  /** which day the typed time came to, for the line that says it back */
  day: 'today' | 'tomorrow' | 'other' | null;
  /** what was typed cannot be a moment; saving is refused */
  bad: boolean;
  /** already gone by: allowed (a question logged late), but said */
  past: boolean;
}

/** An optional moment that is due (answer wanted by, next update), starting from `initial` if given. */
export function useDue(initial?: string | null): Due {
  const [date, setDate] = useState(() => (initial ? formatAmsterdam(initial, 'dd-MM-yyyy') : ''));
  const [time, setTime] = useState(() => (initial ? formatAmsterdam(initial, 'HH:mm') : ''));
  let iso: string | undefined;
  let day: Due['day'] = null;
  let bad = false;
  try {
    const due = dueFromInputs(date, time);
    iso = due?.iso;
    day = due?.day ?? null;
  } catch {
    bad = true;
  }
  const past = iso !== undefined && Date.parse(iso) < Date.now();
  const clear = () => {
    setDate('');
    setTime('');
  };
  return { date, time, setDate, setTime, clear, iso, day, bad, past };
}
