import { z } from 'zod';
import {
  actionNumberSchema,
  audienceSchema,
  isoDateSchema,
  isoInstantSchema,
  phaseSchema,
} from '../model/vocabulary';

/**
 * incidents/<id>.evaluation.json: what the exercise leader fills in after an exercise. A separate
 * document from the incident so the crisis team and the evaluator never write the same file, and
 * so an aftercare report of a real incident can carry an evaluation too.
 */
export const EVALUATION_SCHEMA_VERSION = 2;

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, 'verplicht').max(max);

/** Four levels, as exercise evaluations usually score a task; 'notDone' also covers "forgotten". */
export const RATING_LEVELS = ['withoutProblems', 'someProblems', 'majorProblems', 'notDone'] as const;
export const ratingLevelSchema = z.enum(RATING_LEVELS);
export type RatingLevel = z.infer<typeof ratingLevelSchema>;

/**
 * Minutes after the start of a phase within which an action counts as done on time. One hour is
 * our default: the handreiking asks to inform audiences as soon as a phase's insight exists, and
 * in exercises an hour separates "picked up straight away" from "remembered later". The exercise
 * leader can set another norm per evaluation; the report states the norm it used.
 */
export const DEFAULT_LATE_AFTER_MINUTES = 60;

export const participantSchema = z.object({
  name: required(120),
  role: text(200),
});

export const observerSchema = z.object({
  name: required(120),
  organisation: text(200),
});

/** The evaluator's verdict on one recommended action; null rating = keep the app's proposal. */
export const ratingOverrideSchema = z.object({
  audience: audienceSchema,
  phase: phaseSchema,
  action: actionNumberSchema,
  rating: ratingLevelSchema.nullable(),
  remark: text(2000),
});

/** The three verdicts an evaluation report gives an objective (HSEEP: achieved / partially / not). */
export const OBJECTIVE_VERDICTS = ['achieved', 'partlyAchieved', 'notAchieved'] as const;
export const objectiveVerdictSchema = z.enum(OBJECTIVE_VERDICTS);
export type ObjectiveVerdict = z.infer<typeof objectiveVerdictSchema>;

/** An objective of the exercise with the evaluator's verdict (null: not judged yet) and findings. */
export const objectiveSchema = z.object({
  text: required(1000),
  verdict: objectiveVerdictSchema.nullable(),
  findings: text(4000),
});

/** A strength or a point to improve; `objective` is the index of the objective it belongs to. */
export const findingSchema = z.object({
  text: required(1000),
  objective: z.number().int().min(0).max(49).nullable(),
});

export const IMPROVEMENT_STATUSES = ['planned', 'inProgress', 'done', 'dropped'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;

/** One line of the improvement plan: which finding it answers, what, who, when, where it stands. */
export const improvementActionSchema = z.object({
  finding: text(1000),
  what: required(1000),
  owner: text(120),
  organisation: text(200),
  start: isoDateSchema.nullable(),
  due: isoDateSchema.nullable(),
  status: z.enum(IMPROVEMENT_STATUSES),
  priority: z.enum(PRIORITIES),
});

/** What action 10 (checking for open questions) yielded per audience, in the team's words. */
export const action10OutcomeSchema = z.object({
  audience: audienceSchema,
  outcome: text(2000),
});

/** "Vastgesteld door … op …": who adopted the report, in which role, and when. */
export const approvalSchema = z.object({
  by: text(200),
  role: text(200),
  on: isoDateSchema.nullable(),
});

/** A readiness gap as it stood when the snapshot was taken (copied, so later fixes do not erase it). */
export const gapSnapshotSchema = z.object({
  id: z.string().max(200),
  severity: z.enum(['error', 'warning']),
  message: z.object({ nl: z.string().max(1000), en: z.string().max(1000) }),
  section: z.string().max(40),
});

export const readinessSnapshotSchema = z.object({
  takenAt: isoInstantSchema,
  checks: z.number().int().min(0),
  met: z.number().int().min(0),
  gaps: z.array(gapSnapshotSchema).max(2000),
});

/** Something in the protocol that must change, optionally tied to gaps of the snapshot. */
export const protocolUpdateSchema = z.object({
  what: required(1000),
  gapIds: z.array(z.string().max(200)).max(50),
});

export const evaluationShapeSchema = z.object({
  /** the overview evaluators put first; for a real incident the scenario is what happened */
  exercise: z.object({
    date: isoDateSchema.nullable(),
    /** e.g. tabletop, functional exercise, full-scale exercise */
    type: text(200),
    scenario: text(5000),
    leader: text(200),
    organisations: z.array(required(200)).max(50),
    scope: text(2000),
    method: text(2000),
    objectives: z.array(objectiveSchema).max(50),
    participants: z.array(participantSchema).max(200),
    observers: z.array(observerSchema).max(50),
  }),
  /** the main conclusions for the management summary */
  conclusions: text(5000),
  lateAfterMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  ratings: z.array(ratingOverrideSchema).max(1000),
  strengths: z.array(findingSchema).max(100),
  pointsToImprove: z.array(findingSchema).max(100),
  recommendations: z.array(required(1000)).max(100),
  improvementActions: z.array(improvementActionSchema).max(100),
  action10Outcomes: z.array(action10OutcomeSchema).max(5),
  approval: approvalSchema,
  readinessSnapshot: readinessSnapshotSchema.nullable(),
  protocolUpdates: z.array(protocolUpdateSchema).max(100),
  nextExerciseDate: isoDateSchema.nullable(),
  updatedAt: isoInstantSchema.nullable(),
  updatedBy: text(200),
});

export const evaluationSchema = evaluationShapeSchema.extend({
  schemaVersion: z.literal(EVALUATION_SCHEMA_VERSION),
});

export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationContent = z.infer<typeof evaluationShapeSchema>;
export type RatingOverride = z.infer<typeof ratingOverrideSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type ImprovementAction = z.infer<typeof improvementActionSchema>;
export type ReadinessSnapshot = z.infer<typeof readinessSnapshotSchema>;

export function emptyEvaluation(): Evaluation {
  return {
    schemaVersion: EVALUATION_SCHEMA_VERSION,
    exercise: {
      date: null,
      type: '',
      scenario: '',
      leader: '',
      organisations: [],
      scope: '',
      method: '',
      objectives: [],
      participants: [],
      observers: [],
    },
    conclusions: '',
    lateAfterMinutes: DEFAULT_LATE_AFTER_MINUTES,
    ratings: [],
    strengths: [],
    pointsToImprove: [],
    recommendations: [],
    improvementActions: [],
    action10Outcomes: [],
    approval: { by: '', role: '', on: null },
    readinessSnapshot: null,
    protocolUpdates: [],
    nextExerciseDate: null,
    updatedAt: null,
    updatedBy: '',
  };
}
