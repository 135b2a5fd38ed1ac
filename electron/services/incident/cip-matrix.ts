import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import type { MatrixCells } from '../../../shared/matrix/schema';

/** The CIP 2020 cells for the back end: the one copy in shared/matrix, validated at load. */
export const CIP_CELLS: MatrixCells = CIP_2020_MATRIX.cells;
