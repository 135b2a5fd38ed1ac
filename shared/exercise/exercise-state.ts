import { z } from 'zod';
import { idSchema, isoInstantSchema } from '../model/vocabulary';
import { injectSchema, scenarioSchema } from './scenario-schema';

/**
 * incidents/<id>.exercise.json: a running exercise, saved after every step so a restart of the
 * host loses nothing (the runner picks up where the clock says it is). Only the exercise leader
 * sees it; the players see the injects as received messages in the log.
 */
export const EXERCISE_SCHEMA_VERSION = 1;

export const EXERCISE_STATUSES = ['ready', 'running', 'paused'] as const;
export const MIN_SPEED = 1;
export const MAX_SPEED = 120;
export const speedSchema = z.number().min(MIN_SPEED).max(MAX_SPEED);

/**
 * One stretch of the scenario clock: from `at` (real time) the scenario stood at `elapsedMs` and
 * ran at `speed` (or stood still). A new stretch starts at every start, pause, resume and change
 * of speed, so any real moment maps back to scenario time, also across pauses.
 */
export const clockStretchSchema = z.object({
  at: isoInstantSchema,
  elapsedMs: z.number().min(0),
  speed: speedSchema,
  running: z.boolean(),
});

export const firedInjectSchema = z.object({
  injectId: z.string().min(1).max(64),
  at: isoInstantSchema,
  elapsedMs: z.number().min(0),
  /** the received message in the incident's log */
  seq: z.number().int().min(1),
});

const byWhomSchema = z.object({
  injectId: z.string().min(1).max(64),
  at: isoInstantSchema,
  by: z.string().trim().min(1).max(200),
});

export const exerciseStateSchema = z.object({
  schemaVersion: z.literal(EXERCISE_SCHEMA_VERSION),
  incidentId: idSchema,
  scenario: scenarioSchema,
  loadedAt: isoInstantSchema,
  loadedBy: z.string().trim().min(1).max(200),
  status: z.enum(EXERCISE_STATUSES),
  clock: z.array(clockStretchSchema).max(10_000),
  fired: z.array(firedInjectSchema).max(10_000),
  skipped: z.array(byWhomSchema).max(10_000),
  /** injects the leader made up during the exercise; they fire at once */
  adHoc: z.array(injectSchema).max(1000),
  /** the leader's tick: "the team responded to this inject" (for free-text expectations, or by eye) */
  ticks: z.array(byWhomSchema).max(10_000),
});

export type ClockStretch = z.infer<typeof clockStretchSchema>;
export type FiredInject = z.infer<typeof firedInjectSchema>;
export type ExerciseState = z.infer<typeof exerciseStateSchema>;
export type ExerciseStatus = ExerciseState['status'];
