import type { PhaseRun } from '../../../../shared/api/log-api';

export type ListItem = { type: 'header'; run: PhaseRun } | { type: 'row'; position: number };

/**
 * Maps the virtual list's index to a phase heading or a log row. With grouping on, run k's
 * heading sits at run.start + k; a binary search over the few runs keeps this O(log runs).
 */
export function itemAt(index: number, runs: readonly PhaseRun[], grouped: boolean): ListItem {
  if (!grouped || runs.length === 0) return { type: 'row', position: index };
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid]!.start + mid <= index) lo = mid;
    else hi = mid - 1;
  }
  const run = runs[lo]!;
  const headerIndex = run.start + lo;
  return index === headerIndex ? { type: 'header', run } : { type: 'row', position: index - lo - 1 };
}

export function itemCount(total: number, runs: readonly PhaseRun[], grouped: boolean): number {
  return total + (grouped ? runs.length : 0);
}
