import { z } from 'zod';
import { matrixCellsSchema } from '../matrix/schema';
import { actionNumberSchema, audienceSchema } from '../model/vocabulary';
import { LIMITS, text } from './text';

/**
 * Settings the incident side reads. Only held here; the matrix editor and the template editor
 * (other features) fill them in.
 */
export const messageTemplateSchema = z.object({
  audience: audienceSchema,
  action: actionNumberSchema.nullable(),
  language: z.enum(['nl', 'en']),
  subject: text(LIMITS.shortText),
  body: text(20_000),
});

export const operationsSchema = z.object({
  nis2Applies: z.boolean(),
  /** null = use the CIP 2020 matrix as published. */
  matrix: matrixCellsSchema.nullable(),
  messageTemplates: z.array(messageTemplateSchema).max(500),
});

export type MessageTemplate = z.infer<typeof messageTemplateSchema>;
export type Operations = z.infer<typeof operationsSchema>;
