import { z } from 'zod';
import { isoInstantSchema } from '../model/vocabulary';

/**
 * One export the app made of an incident: which document, when, and the log head it covered. Kept
 * in the incident's state file, so a later report can list earlier exports' heads and check that
 * the journal still holds them — a witness outside the journal and its anchor (a copy of the
 * earlier document, handed over, holds the same hash). The command line never writes these.
 */
export const exportRecordSchema = z.object({
  at: isoInstantSchema,
  /** aftercare, evaluation (reports) or protocol (the printed protocol has no log and is not recorded) */
  document: z.enum(['aftercare', 'evaluation']),
  format: z.enum(['docx', 'pdf']),
  /** log lines the document covered, and the hash of the last of them */
  count: z.number().int().min(0),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;
