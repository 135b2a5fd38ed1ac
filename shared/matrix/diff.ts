import { AUDIENCES, type Audience, NATURES, type Nature, PHASES, type Phase } from '../model/vocabulary';
import type { MatrixCells } from './schema';

export interface MatrixCellDiff {
  audience: Audience;
  phase: Phase;
  nature: Nature;
  /** the reference matrix's actions, ascending */
  base: number[];
  /** the organisation's own actions, ascending */
  org: number[];
}

const normalise = (actions: readonly number[]) => [...new Set(actions)].sort((a, b) => a - b);

/**
 * Cells where an organisation's matrix departs from the base (usually CIP 2020), in
 * AUDIENCES × PHASES × NATURES order. Cells are compared as sets, so [6, 2] equals [2, 6]:
 * the order of numbers in a cell carries no meaning in the handreiking.
 */
export function matrixDiff(org: MatrixCells, base: MatrixCells): MatrixCellDiff[] {
  const diffs: MatrixCellDiff[] = [];
  for (const audience of AUDIENCES) {
    for (const phase of PHASES) {
      for (const nature of NATURES) {
        const b = normalise(base[audience][phase][nature]);
        const o = normalise(org[audience][phase][nature]);
        if (b.length !== o.length || b.some((x, i) => x !== o[i])) {
          diffs.push({ audience, phase, nature, base: b, org: o });
        }
      }
    }
  }
  return diffs;
}
