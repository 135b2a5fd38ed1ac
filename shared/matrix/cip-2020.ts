// The import attribute lets plain Node's ESM loader (Playwright, tsx) read it as bundlers do.
import data from '../../resources/matrix/cip-2020.json' with { type: 'json' };
import { type MatrixFile, matrixFileSchema } from './schema';

/**
 * Bijlage II of the CIP handreiking "Ketencommunicatie bij Crises" (v1.1, 19 March 2020) as data.
 * Parsed at module load so a damaged resource file fails loudly at start-up, not on the board
 * in the middle of an incident.
 */
export const CIP_2020_MATRIX: MatrixFile = matrixFileSchema.parse(data);
