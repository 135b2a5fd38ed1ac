import { z } from 'zod';
import {
  AUDIENCES,
  idSchema,
  isoInstantSchema,
  natureSchema,
  phaseSchema,
  visibilitySchema,
} from '../model/vocabulary';
import { exportRecordSchema } from './export-record';

export const INCIDENT_SCHEMA_VERSION = 1;

export const visibilityByAudienceSchema = z.object(
  Object.fromEntries(AUDIENCES.map((a) => [a, visibilitySchema])) as {
    [K in (typeof AUDIENCES)[number]]: typeof visibilitySchema;
  },
);
export type VisibilityByAudience = z.infer<typeof visibilityByAudienceSchema>;

/**
 * The incident's current state (incidents/<id>.json). Its history — every change of natures,
 * visibility and phase — lives in the log journal beside it, not here.
 */
export const incidentSchema = z.object({
  schemaVersion: z.literal(INCIDENT_SCHEMA_VERSION),
  id: idSchema,
  title: z.string().trim().min(1).max(200),
  detectedAt: isoInstantSchema,
  createdAt: isoInstantSchema,
  natures: z.array(natureSchema).min(1),
  visibility: visibilityByAudienceSchema,
  phase: phaseSchema,
  phaseChangedAt: isoInstantSchema,
  isExercise: z.boolean(),
  status: z.enum(['open', 'closed']),
  closedAt: isoInstantSchema.nullable(),
  /** reports the app exported, each with the log head it covered (absent in older files) */
  exports: z.array(exportRecordSchema).max(10_000).optional(),
});
export type Incident = z.infer<typeof incidentSchema>;
