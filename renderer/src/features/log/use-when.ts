import { useState } from 'react';
import { isFuture, occurredFromInputs } from '../../../../shared/log/wall-clock';

export interface When {
  date: string;
  time: string;
  setDate(value: string): void;
  setTime(value: string): void;
  /** UTC ISO of what was typed, or undefined for "now" (and when it does not parse) */
  occurredAt: string | undefined;
  badTime: boolean;
  future: boolean;
  /** false while the typed time cannot be saved */
  ok: boolean;
}

/** The optional "it happened earlier" time every form shares; empty fields mean "now". */
export function useWhen(): When {
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  let occurredAt: string | undefined;
  let badTime = false;
  try {
    occurredAt = occurredFromInputs(date, time);
  } catch {
    badTime = true;
  }
  const future = isFuture(occurredAt);
  return { date, time, setDate, setTime, occurredAt, badTime, future, ok: !badTime && !future };
}
