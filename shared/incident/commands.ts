import { z } from 'zod';
import {
  audienceSchema,
  idSchema,
  isoInstantSchema,
  natureSchema,
  phaseSchema,
  visibilitySchema,
} from '../model/vocabulary';
import { visibilityByAudienceSchema } from './schema';

/** The person at the keyboard; every change is logged under this name. */
export const authorSchema = z.string().trim().min(1, 'verplicht').max(200);

/** Natures as a set: at least one, no duplicates (the matrix takes their union). */
export const naturesInputSchema = z
  .array(natureSchema)
  .min(1)
  .max(6)
  .refine((n) => new Set(n).size === n.length, 'dubbele aard');

export const createIncidentInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  detectedAt: isoInstantSchema,
  natures: naturesInputSchema,
  visibility: visibilityByAudienceSchema,
  phase: phaseSchema,
  isExercise: z.boolean(),
  author: authorSchema,
  /** put it on the board straight away (the usual case: a new incident is the one that matters) */
  makeActive: z.boolean().default(true),
});
export type CreateIncidentInput = z.input<typeof createIncidentInputSchema>;

/** Changes to a running incident; every field that differs is logged as its own incidentChange. */
export const updateIncidentInputSchema = z.object({
  id: idSchema,
  author: authorSchema,
  title: z.string().trim().min(1).max(200).optional(),
  natures: naturesInputSchema.optional(),
  visibility: z.partialRecord(audienceSchema, visibilitySchema).optional(),
  phase: phaseSchema.optional(),
  /** when the phase change happened, if earlier than now */
  occurredAt: isoInstantSchema.optional(),
});
export type UpdateIncidentInput = z.input<typeof updateIncidentInputSchema>;

export const setStatusInputSchema = z.object({
  id: idSchema,
  author: authorSchema,
  status: z.enum(['open', 'closed']),
});
