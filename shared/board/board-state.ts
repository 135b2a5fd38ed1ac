import { z } from 'zod';
import { incidentSchema } from '../incident/schema';
import { logEntrySchema } from '../log/entry-schema';
import { matrixCellsSchema } from '../matrix/schema';
import { AUDIENCES, audienceSchema, idSchema, phaseSchema } from '../model/vocabulary';
import { audienceContactSchema } from './contacts';

export const actionOutcomeSchema = z.object({
  audience: audienceSchema,
  action: z.number().int().min(1).max(10),
  phase: phaseSchema,
  status: z.enum(['done', 'notApplicable']),
  at: z.string(),
  logSeq: z.number().int(),
  reason: z.string().optional(),
});

export const contactsByAudienceSchema = z.object(
  Object.fromEntries(AUDIENCES.map((a) => [a, z.array(audienceContactSchema)])) as {
    [K in (typeof AUDIENCES)[number]]: z.ZodArray<typeof audienceContactSchema>;
  },
);

/**
 * Everything the board needs for one incident, in one answer. The back end derives the outcomes
 * from the log (corrections applied) and sends only the few entries the legal clocks need, so the
 * answer stays small at 100,000 log entries; the renderer runs the engine and the clocks itself,
 * because the clocks tick every second.
 */
export const boardStateSchema = z.object({
  activeIncidentId: idSchema.nullable(),
  incident: incidentSchema.nullable(),
  organisation: z.string(),
  matrix: matrixCellsSchema,
  /** false when the organisation adjusted its matrix; the board says so */
  matrixIsCip: z.boolean(),
  nis2Applies: z.boolean(),
  outcomes: z.array(actionOutcomeSchema),
  /** regulator notifications and not-notifiable decisions (corrections applied) */
  clockEntries: z.array(logEntrySchema),
  contacts: contactsByAudienceSchema,
  /** newest first; only on the operator's screen (summaries may name people) */
  recent: z.array(logEntrySchema),
  logCount: z.number().int(),
});
export type BoardState = z.infer<typeof boardStateSchema>;
