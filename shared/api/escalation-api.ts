import { z } from 'zod';
import { authorSchema } from '../incident/commands';
import { idSchema, isoInstantSchema } from '../model/vocabulary';
import { method } from './define';

export const conditionStateSchema = z.object({
  id: z.string(),
  text: z.string(),
  owner: z.string().nullable(),
  agreedOn: z.string().nullable(),
  met: z.object({ at: isoInstantSchema, by: z.string(), seq: z.number().int() }).nullable(),
});
export type ConditionStateView = z.infer<typeof conditionStateSchema>;

/** The protocol's escalation conditions during an incident (issue 16). */
export const escalationMethods = {
  'escalation.list': method(
    z.object({ incidentId: idSchema }),
    z.object({ conditions: z.array(conditionStateSchema), crisisTeamLead: z.string().nullable() }),
  ),
  /** "voldaan": a decision in the log with who and when; the reports list the met conditions */
  'escalation.markMet': method(
    z.object({
      incidentId: idSchema,
      author: authorSchema,
      conditionId: z.string().min(1).max(80),
      occurredAt: isoInstantSchema.optional(),
      note: z.string().trim().max(2000).optional(),
    }),
    z.object({ seq: z.number().int() }),
  ),
};
