import { type Audience, NATURES, type Nature, type Phase } from '../model/vocabulary';
import type { MatrixCells } from './schema';

/**
 * The actions one cell of the matrix asks for: the union over the given natures, ascending, each
 * with the natures asking for it (in NATURES order). The verdict engine (shared/verdicts) judges
 * them; this only reads the matrix.
 */
export function recommendedActions(
  matrix: MatrixCells,
  audience: Audience,
  phase: Phase,
  natures: readonly Nature[],
): { action: number; natures: Nature[] }[] {
  const byAction = new Map<number, Nature[]>();
  // Walk NATURES rather than the input so duplicates collapse and the order is stable.
  for (const nature of NATURES) {
    if (!natures.includes(nature)) continue;
    for (const action of matrix[audience][phase][nature]) {
      const list = byAction.get(action) ?? [];
      if (!list.includes(nature)) list.push(nature);
      byAction.set(action, list);
    }
  }
  return [...byAction.entries()].sort(([a], [b]) => a - b).map(([action, n]) => ({ action, natures: n }));
}
