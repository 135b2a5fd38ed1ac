import { z } from 'zod';
import {
  actionNumberSchema,
  audienceSchema,
  idSchema,
  isoInstantSchema,
  phaseSchema,
} from '../model/vocabulary';
import { evaluationSchema, evaluationShapeSchema, ratingLevelSchema } from '../report/evaluation-schema';
import { CLASSIFICATIONS, REPORT_KINDS } from '../report/model';
import { method } from './define';

export const reportKindSchema = z.enum(REPORT_KINDS);
export const classificationSchema = z.enum(CLASSIFICATIONS);
export const reportFormatSchema = z.enum(['docx', 'pdf']);
export const reportLanguageSchema = z.enum(['nl', 'en']);

export const reportIncidentSchema = z.object({
  id: idSchema,
  title: z.string(),
  isExercise: z.boolean(),
  status: z.enum(['open', 'closed']),
  detectedAt: isoInstantSchema,
  hasEvaluation: z.boolean(),
});
export type ReportIncident = z.infer<typeof reportIncidentSchema>;

/** One recommended action with the app's proposal and the evaluator's rating laid over it. */
export const ratedActionSchema = z.object({
  audience: audienceSchema,
  phase: phaseSchema,
  action: actionNumberSchema,
  proposed: ratingLevelSchema,
  basis: z.enum(['onTime', 'late', 'partial', 'missed', 'open']),
  minutesAfterDue: z.number().int().optional(),
  rating: ratingLevelSchema,
  overridden: z.boolean(),
  remark: z.string(),
});
export type RatedActionView = z.infer<typeof ratedActionSchema>;

export const evaluatorNoteSchema = z.object({
  seq: z.number().int(),
  at: isoInstantSchema,
  author: z.string(),
  summary: z.string(),
});

export const readinessGapViewSchema = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.object({ nl: z.string(), en: z.string() }),
});

export const evaluationViewSchema = z.object({
  incident: reportIncidentSchema,
  evaluation: evaluationSchema,
  /** false while nothing has been saved yet (the evaluation shown is the empty default) */
  saved: z.boolean(),
  ratings: z.array(ratedActionSchema),
  evaluatorNotes: z.array(evaluatorNoteSchema),
  /** the readiness check as it stands now, for linking protocol updates before a snapshot exists */
  currentGaps: z.array(readinessGapViewSchema),
  readOnly: z.boolean(),
});
export type EvaluationView = z.infer<typeof evaluationViewSchema>;

/** What the exercise leader edits; the back end stamps updatedAt/updatedBy and keeps the snapshot. */
export const evaluationEditSchema = evaluationShapeSchema.omit({
  updatedAt: true,
  updatedBy: true,
  readinessSnapshot: true,
});
export type EvaluationEdit = z.infer<typeof evaluationEditSchema>;

export const reportMethods = {
  /** incidents for the export and evaluation screens, newest first */
  'report.incidents': method(z.object({}), z.object({ incidents: z.array(reportIncidentSchema) })),
  /** the evaluation with the proposed ratings merged in and the evaluator notes gathered from the log */
  'evaluation.get': method(z.object({ incidentId: idSchema }), evaluationViewSchema),
  /**
   * saves the evaluation. The readiness check is snapshotted on the first save (or again when
   * `retakeSnapshot` is set), so the protocol updates stay tied to the gaps as they were then.
   */
  'evaluation.update': method(
    z.object({
      incidentId: idSchema,
      author: z.string().trim().min(1, 'verplicht').max(200),
      evaluation: evaluationEditSchema,
      retakeSnapshot: z.boolean().default(false),
    }),
    evaluationViewSchema,
  ),
  /** renders the aftercare report or the exercise evaluation as Word or PDF */
  'report.export': method(
    z.object({
      incidentId: idSchema,
      kind: reportKindSchema,
      format: reportFormatSchema,
      classification: classificationSchema.default('none'),
      language: reportLanguageSchema.default('nl'),
      author: z.string().trim().max(200).default(''),
    }),
    z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }),
  ),
};
