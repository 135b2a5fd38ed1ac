import type { ClockStretch } from './exercise-state';
import { elapsedAt } from './scenario-clock';

/**
 * When something that is due `minutes` of scenario time after the real moment `fromMs` comes due
 * in real time, on the exercise's clock (issue 16: a 30-minute media round at 60× is due after
 * 30 s). Scenario time only runs once the exercise started, so an earlier `fromMs` counts from the
 * start. While the clock stands still (paused, not started) the answer is where it would fall if
 * it went on at its last speed, so an overdue round stays overdue and a coming one keeps a time.
 * Without a clock (no exercise, or not yet set) it is plain real time. `speed` is the clock's
 * current speed, for notices that must shrink with it.
 */
export function scenarioDueAt(
  clock: readonly ClockStretch[],
  fromMs: number,
  minutes: number,
): { dueMs: number; speed: number } {
  const first = clock[0];
  if (!first) return { dueMs: fromMs + minutes * 60_000, speed: 1 };
  const dueElapsed = elapsedAt(clock, Math.max(fromMs, Date.parse(first.at))) + minutes * 60_000;
  const speed = clock.at(-1)?.speed ?? 1;
  for (let i = 0; i < clock.length; i++) {
    const stretch = clock[i]!;
    const next = clock[i + 1];
    // the stretch in which scenario time reaches the due moment (the last one if none did yet)
    if (next && next.elapsedMs <= dueElapsed) continue;
    const dueMs = Date.parse(stretch.at) + (dueElapsed - stretch.elapsedMs) / stretch.speed;
    return { dueMs, speed };
  }
  return { dueMs: fromMs + minutes * 60_000, speed };
}
