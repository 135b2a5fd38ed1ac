import type { UserLogBody } from '../../../../shared/api/log-api';

/** What the quick bar can log; "evaluator" is an observation marked as the evaluator's note. */
export type QuickKind = 'note' | 'decision' | 'observation' | 'evaluator';

/** Alt+letter per kind, in the order of the toggles; the evaluator exists only in an exercise. */
const SHORTCUTS: ReadonlyArray<{ kind: QuickKind; key: string; exerciseOnly?: boolean }> = [
  { kind: 'note', key: 'n' },
  { kind: 'decision', key: 'b' },
  { kind: 'observation', key: 'w' },
  { kind: 'evaluator', key: 'o', exerciseOnly: true },
];

export const quickKinds = (isExercise: boolean): QuickKind[] =>
  SHORTCUTS.filter((s) => isExercise || !s.exerciseOnly).map((s) => s.kind);

/**
 * The kind for Alt+key, or null. `code` (KeyW) is checked as well as `key`, because on a Mac
 * Option+W types "∑" and the key alone would never match.
 */
export function quickKindForKey(key: string, code: string, isExercise: boolean): QuickKind | null {
  const letter = key.length === 1 ? key.toLowerCase() : '';
  const fromCode = /^Key([A-Z])$/.exec(code)?.[1]?.toLowerCase() ?? '';
  const hit = SHORTCUTS.find(
    (s) => (s.key === letter || s.key === fromCode) && (isExercise || !s.exerciseOnly),
  );
  return hit?.kind ?? null;
}

export function quickBody(kind: QuickKind, summary: string): UserLogBody {
  switch (kind) {
    case 'note':
    case 'decision':
      return { kind, summary };
    case 'observation':
      return { kind: 'observation', summary, evaluatorNote: false };
    case 'evaluator':
      return { kind: 'observation', summary, evaluatorNote: true };
  }
}
