import { z } from 'zod';
import { translate } from '../i18n/translator';
import { idSchema } from '../model/vocabulary';
import { personRefSchema } from './people';
import { LIMITS, requiredText, text } from './text';

/** "How soon must chain partners hear about it": a number and a unit, not free text, so it sorts. */
export const notifyWithinSchema = z.object({
  amount: z.number().int().min(1, translate('nl', 'validation:atLeastOne')).max(10_000),
  unit: z.enum(['minutes', 'hours', 'days']),
});

/** What a system leans on: another system of ours, or a partner (stakeholder). */
export const dependencyTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('system'), systemId: idSchema }),
  z.object({ kind: z.literal('stakeholder'), stakeholderId: idSchema }),
]);

export const dependencySchema = z.object({
  id: idSchema,
  on: dependencyTargetSchema,
  /** What breaks downstream (at us and in the chain) when this dependency fails. */
  impact: text(LIMITS.longText),
  notifyWithin: notifyWithinSchema.nullable(),
});

export const systemSchema = z.object({
  id: idSchema,
  name: requiredText(LIMITS.shortText),
  description: text(LIMITS.longText),
  responsibleId: personRefSchema,
  deputyId: personRefSchema,
  dependencies: z.array(dependencySchema).max(200),
});

/** Reference to the Business Continuity Plan; the protocol points at it rather than copying it. */
export const bcpSchema = z.object({
  documentName: text(LIMITS.shortText),
  location: text(LIMITS.longText),
  ownerId: personRefSchema,
});

export type NotifyWithin = z.infer<typeof notifyWithinSchema>;
export type DependencyTarget = z.infer<typeof dependencyTargetSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type CriticalSystem = z.infer<typeof systemSchema>;
export type BcpReference = z.infer<typeof bcpSchema>;
