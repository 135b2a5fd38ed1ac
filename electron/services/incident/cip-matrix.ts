import data from '../../../resources/matrix/cip-2020.json' with { type: 'json' };
import type { MatrixCells } from '../../../shared/matrix/schema';
import { matrixFileSchema } from '../../../shared/matrix/schema';

/**
 * The CIP 2020 cells for the back end. Same data as shared/matrix/cip-2020.ts, but imported with
 * the JSON import attribute: plain Node's ESM loader (the Playwright test process runs the back
 * end in it) refuses a JSON import without one, while bundlers accept both.
 */
export const CIP_CELLS: MatrixCells = matrixFileSchema.parse(data).cells;
