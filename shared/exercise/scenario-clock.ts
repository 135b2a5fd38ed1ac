import type { ClockStretch } from './exercise-state';

/** The stretch in force at `realMs`: the last one that began at or before it. */
function stretchAt(clock: readonly ClockStretch[], realMs: number): ClockStretch | null {
  let found: ClockStretch | null = null;
  for (const stretch of clock) {
    if (Date.parse(stretch.at) <= realMs) found = stretch;
    else break;
  }
  return found;
}

/** Scenario time (ms since the exercise started) at a real moment; 0 before the start. */
export function elapsedAt(clock: readonly ClockStretch[], realMs: number): number {
  const stretch = stretchAt(clock, realMs);
  if (!stretch) return 0;
  if (!stretch.running) return stretch.elapsedMs;
  return stretch.elapsedMs + (realMs - Date.parse(stretch.at)) * stretch.speed;
}

/**
 * The real moment the scenario will reach `elapsedMs` if the clock keeps running as it does now;
 * null while it stands still (paused, not started). A moment already passed comes out in the past.
 */
export function realTimeOf(clock: readonly ClockStretch[], elapsedMs: number): number | null {
  const last = clock.at(-1);
  if (!last?.running) return null;
  return Date.parse(last.at) + (elapsedMs - last.elapsedMs) / last.speed;
}

/** A new stretch from `now`, continuing scenario time where the clock stands at that moment. */
export function nextStretch(
  clock: readonly ClockStretch[],
  now: Date,
  change: { running: boolean; speed: number },
): ClockStretch {
  return {
    at: now.toISOString(),
    elapsedMs: Math.round(elapsedAt(clock, now.getTime())),
    speed: change.speed,
    running: change.running,
  };
}
