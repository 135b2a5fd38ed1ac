import { z } from 'zod';
import { incidentSchema } from '../incident/schema';
import { logEntrySchema } from '../log/entry-schema';
import { matrixCellsSchema } from '../matrix/schema';
import { AUDIENCES, idSchema } from '../model/vocabulary';
import { incidentVerdictsSchema, waitingCandidateSchema } from '../verdicts/schema';
import { audienceContactSchema } from './contacts';

export const contactsByAudienceSchema = z.object(
  Object.fromEntries(AUDIENCES.map((a) => [a, z.array(audienceContactSchema)])) as {
    [K in (typeof AUDIENCES)[number]]: z.ZodArray<typeof audienceContactSchema>;
  },
);

/**
 * Everything the board needs for one incident, in one answer. The back end judges the incident
 * with the one verdict engine (the same as the reports and the CLI) and sends the verdicts, what
 * may be waiting, and only the few entries the legal clocks need, so the answer stays small at
 * 100,000 log entries; the renderer works out the clocks and what is overdue itself, because the
 * clocks tick every second.
 */
export const boardStateSchema = z.object({
  activeIncidentId: idSchema.nullable(),
  incident: incidentSchema.nullable(),
  organisation: z.string(),
  matrix: matrixCellsSchema,
  /** false when the organisation adjusted its matrix; the board says so */
  matrixIsCip: z.boolean(),
  nis2Applies: z.boolean(),
  /** the verdicts per audience and phase; null without an incident */
  verdicts: incidentVerdictsSchema.nullable(),
  /** what may be waiting (questions, promised updates, actions due); the renderer decides what is overdue */
  waiting: z.array(waitingCandidateSchema),
  /** regulator notifications, not-notifiable and NIS2 significance decisions (corrections applied) */
  clockEntries: z.array(logEntrySchema),
  contacts: contactsByAudienceSchema,
  /** newest first; only on the operator's screen (summaries may name people) */
  recent: z.array(logEntrySchema),
  logCount: z.number().int(),
});
export type BoardState = z.infer<typeof boardStateSchema>;
