import { z } from 'zod';
import { idSchema } from '../model/vocabulary';

export const BOARD_SCHEMA_VERSION = 1;

/**
 * board.json in the workspace: which incident the board shows. Kept in the workspace (not in the
 * per-user settings) because the projector, the laptop and a colleague's read-only copy must agree.
 */
export const boardDocumentSchema = z.object({
  schemaVersion: z.literal(BOARD_SCHEMA_VERSION),
  activeIncidentId: idSchema.nullable(),
});
export type BoardDocument = z.infer<typeof boardDocumentSchema>;
