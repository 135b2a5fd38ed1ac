/**
 * How far ahead of the clock a time a person gives may lie before it counts as "in the future":
 * when a log entry happened, a corrected time, when an incident was detected. One rule for all,
 * so the form, the journal and the incident service never disagree about the same moment.
 *
 * One minute. Times are typed to the minute, so "now" on the wall clock is at most 59 seconds
 * ahead and must pass. A wider margin (the incident service once allowed five minutes, for PCs
 * whose clocks run apart) would let a typo a few minutes ahead into the append-only log, where it
 * can only be corrected, never removed; a room laptop whose clock runs more than a minute ahead
 * is better set right.
 */
export const FUTURE_TOLERANCE_MS = 60_000;

/** True when `time` (epoch ms or ISO) lies beyond the tolerance after `now`. */
export function liesInFuture(time: number | string, now: Date | number = Date.now()): boolean {
  const ms = typeof time === 'string' ? Date.parse(time) : time;
  return ms > (typeof now === 'number' ? now : now.getTime()) + FUTURE_TOLERANCE_MS;
}
