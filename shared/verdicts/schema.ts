import { z } from 'zod';
import { notificationTypeSchema } from '../log/entry-schema';
import {
  audienceSchema,
  legalClockIdSchema,
  natureSchema,
  phaseSchema,
  visibilitySchema,
} from '../model/vocabulary';
import { type IncidentVerdicts, NOT_REQUIRED_REASONS, VERDICT_STATUSES, type Verdict } from './types';
import { WAITING_KINDS, type WaitingCandidate, type WaitingItem } from './waiting';
import type { KnowledgeRow } from './who-knows';

/** The verdicts as they cross the API (board.state, board.whoKnows); the types live in types.ts. */
export const verdictStatusSchema = z.enum(VERDICT_STATUSES);

export const verdictSchema = z.object({
  phase: phaseSchema,
  audience: audienceSchema,
  action: z.number().int().min(1).max(10),
  status: verdictStatusSchema,
  natures: z.array(natureSchema),
  owedFrom: z.string().optional(),
  dueAt: z.string().optional(),
  at: z.string().optional(),
  seq: z.number().int().optional(),
  minutesAfterDue: z.number().int().optional(),
  donePhase: phaseSchema.optional(),
  via: z.enum(['message', 'regulatorNotification']).optional(),
  reason: z.string().optional(),
  notRequiredReason: z.enum(NOT_REQUIRED_REASONS).optional(),
  recipients: z
    .object({ told: z.array(z.string()), notTold: z.array(z.string()), excluded: z.array(z.string()) })
    .optional(),
  conditional: z.boolean().optional(),
});

export const incidentVerdictsSchema = z.object({
  trackedFrom: z.string(),
  currentPhase: phaseSchema,
  closed: z.boolean(),
  normMinutes: z.number().int(),
  audiences: z.array(
    z.object({
      audience: audienceSchema,
      visibility: visibilitySchema,
      active: z.boolean(),
      visibleSince: z.string().nullable(),
      phases: z.array(
        z.object({
          phase: phaseSchema,
          timing: z.enum(['notTracked', 'past', 'skipped', 'current', 'upcoming']),
          periods: z.array(z.object({ start: z.string(), end: z.string().nullable() })),
          verdicts: z.array(verdictSchema),
          extra: z.array(z.object({ action: z.number().int(), at: z.string(), seq: z.number().int() })),
        }),
      ),
    }),
  ),
  organisations: z.record(z.string(), z.string()),
});

export const waitingCandidateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('question'),
    seq: z.number().int(),
    from: z.string(),
    summary: z.string(),
    receivedAt: z.string(),
    answerBy: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('promisedUpdate'),
    seq: z.number().int(),
    audience: audienceSchema,
    promisedFor: z.string(),
    sentAt: z.string(),
  }),
  z.object({
    kind: z.literal('openAction'),
    audience: audienceSchema,
    action: z.number().int(),
    phase: phaseSchema,
    dueAt: z.string(),
    notTold: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('mediaRound'),
    monitorId: z.string(),
    medium: z.string(),
    watcher: z.string().nullable(),
    roundMinutes: z.number(),
    lastAt: z.string().nullable(),
    dueAt: z.string(),
    speed: z.number().optional(),
  }),
]);

/** The `waiting` list of `ketenbord status --json` (and the board's strip). */
export const waitingItemSchema = z.object({
  kind: z.enum(WAITING_KINDS),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  summary: z.string(),
  seq: z.number().int().optional(),
  audience: audienceSchema.optional(),
  action: z.number().int().optional(),
  phase: phaseSchema.optional(),
  clock: z.union([legalClockIdSchema, z.literal('nis2Significance')]).optional(),
  basis: z.string().optional(),
  monitorId: z.string().optional(),
});

const toldItemSchema = z.object({
  kind: z.enum(['message', 'regulatorNotification']),
  notificationType: notificationTypeSchema.optional(),
  seq: z.number().int(),
  at: z.string(),
  action: z.number().int().nullable(),
  phase: phaseSchema,
  by: z.string(),
  channel: z.string(),
  summary: z.string(),
});

export const knowledgeRowSchema = z.object({
  kind: z.enum(['audience', 'organisation']),
  audience: audienceSchema.nullable(),
  id: z.string(),
  name: z.string(),
  visibility: visibilitySchema.nullable(),
  told: z.array(toldItemSchema),
  lastContact: z.string().nullable(),
  gaps: z.array(
    z.object({ phase: phaseSchema, action: z.number().int(), status: z.enum(['open', 'missed', 'partial']) }),
  ),
  excluded: z.boolean(),
});

// The schemas and the engine's types must describe the same data: these fail to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameVerdict: Same<z.output<typeof verdictSchema>, Verdict> = true;
const sameVerdicts: Same<z.output<typeof incidentVerdictsSchema>, IncidentVerdicts> = true;
const sameCandidate: Same<z.output<typeof waitingCandidateSchema>, WaitingCandidate> = true;
const sameItem: Same<z.output<typeof waitingItemSchema>, WaitingItem> = true;
const sameKnowledge: Same<z.output<typeof knowledgeRowSchema>, KnowledgeRow> = true;
export const SCHEMAS_MATCH_TYPES = sameVerdict && sameVerdicts && sameCandidate && sameItem && sameKnowledge;
