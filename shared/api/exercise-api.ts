import { z } from 'zod';
import { EXERCISE_STATUSES, speedSchema } from '../exercise/exercise-state';
import { INJECT_VERDICTS } from '../exercise/inject-rows';
import { expectedResponseSchema } from '../exercise/scenario-schema';
import { authorSchema } from '../incident/commands';
import { audienceSchema, idSchema, isoInstantSchema } from '../model/vocabulary';
import { method } from './define';

const required = (max: number) => z.string().trim().min(1, 'verplicht').max(max);

export const injectRowSchema = z.object({
  injectId: z.string(),
  offsetMinutes: z.number(),
  from: z.string(),
  channel: z.string(),
  summary: z.string(),
  adHoc: z.boolean(),
  state: z.enum(['upcoming', 'fired', 'skipped']),
  dueAt: isoInstantSchema.nullable(),
  firedAt: isoInstantSchema.nullable(),
  firedMinute: z.number().nullable(),
  seq: z.number().int().nullable(),
  expect: z.array(
    z.object({
      audience: audienceSchema.optional(),
      action: z.number().int().optional(),
      description: z.string().optional(),
      respondedAt: isoInstantSchema.nullable(),
      seq: z.number().int().nullable(),
    }),
  ),
  firstResponseAt: isoInstantSchema.nullable(),
  firstResponseBy: z.enum(['log', 'tick']).nullable(),
  delayMinutes: z.number().nullable(),
  respondWithinMinutes: z.number(),
  verdict: z.enum(INJECT_VERDICTS).nullable(),
});

/** What the exercise leader's screen shows: the clock, the objectives and every inject's timing. */
export const exerciseViewSchema = z.object({
  incidentId: idSchema,
  incidentTitle: z.string(),
  scenarioTitle: z.string(),
  objectives: z.array(z.object({ id: z.string(), text: z.string() })),
  status: z.enum(EXERCISE_STATUSES),
  speed: z.number(),
  /** scenario time at `now` */
  elapsedMs: z.number(),
  now: isoInstantSchema,
  startedAt: isoInstantSchema.nullable(),
  rows: z.array(injectRowSchema),
});
export type ExerciseView = z.infer<typeof exerciseViewSchema>;
export type InjectRowView = z.infer<typeof injectRowSchema>;

const target = z.object({ incidentId: idSchema, author: authorSchema });

/**
 * The exercise leader's methods (issue 16). Operator only: the projector and the players' board
 * never see what the leader expects or whether a response was late.
 */
export const exerciseMethods = {
  /** the exercise of an incident (default: the one on the board); null when it has none */
  'exercise.get': method(z.object({ incidentId: idSchema.optional() }), exerciseViewSchema.nullable()),
  /**
   * Loads a scenario: the shipped sample or a file's text (checked whole). It creates a new
   * exercise incident in the scenario's starting state, puts it on the board, and waits for start.
   */
  'exercise.load': method(
    z.object({
      author: authorSchema,
      source: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('sample') }),
        z.object({ kind: z.literal('file'), text: z.string().max(2_000_000) }),
      ]),
    }),
    exerciseViewSchema,
  ),
  'exercise.control': method(
    target.extend({ command: z.enum(['start', 'pause', 'resume']) }),
    exerciseViewSchema,
  ),
  /** 1× for the real thing; faster for rehearsal and tests */
  'exercise.setSpeed': method(z.object({ incidentId: idSchema, speed: speedSchema }), exerciseViewSchema),
  /** leave a scheduled inject out */
  'exercise.skip': method(target.extend({ injectId: z.string().min(1).max(64) }), exerciseViewSchema),
  /** an inject the leader makes up on the spot: it reaches the log at once */
  'exercise.adHoc': method(
    target.extend({
      from: required(200),
      channel: required(80),
      summary: required(2000),
      awaitsAnswer: z.boolean().default(false),
      expect: z.array(expectedResponseSchema).max(20).default([]),
    }),
    exerciseViewSchema,
  ),
  /** the leader's tick: the team responded to this inject (for what the log cannot show) */
  'exercise.tick': method(target.extend({ injectId: z.string().min(1).max(64) }), exerciseViewSchema),
};
