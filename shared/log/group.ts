import type { Phase } from '../model/vocabulary';

export interface PhaseGroup<T> {
  phase: Phase;
  items: T[];
}

/**
 * Groups log rows by the phase they were recorded in, keeping the log's order. The insight into a
 * problem can go back (a "solved" problem turns out not to be), so a phase that returns opens a
 * new group instead of being merged with its earlier stretch: the groups read as a timeline.
 * Pass `phaseOf` to group effective (corrected) entries or view rows.
 */
export function groupByPhase<T>(items: readonly T[], phaseOf: (item: T) => Phase): PhaseGroup<T>[] {
  const groups: PhaseGroup<T>[] = [];
  let current: PhaseGroup<T> | undefined;
  for (const item of items) {
    const phase = phaseOf(item);
    if (!current || current.phase !== phase) {
      current = { phase, items: [] };
      groups.push(current);
    }
    current.items.push(item);
  }
  return groups;
}
