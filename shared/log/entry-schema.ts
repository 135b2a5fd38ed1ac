import { z } from 'zod';
import {
  actionNumberSchema,
  audienceSchema,
  idSchema,
  isoInstantSchema,
  legalClockIdSchema,
  natureSchema,
  phaseSchema,
  visibilitySchema,
} from '../model/vocabulary';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, 'verplicht').max(max);

/** Someone a message went to: a person or organisation from the protocol, or typed by hand. */
export const recipientSchema = z.object({
  name: required(200),
  organisation: text(200).optional(),
  /** id of the person or stakeholder in the protocol, when picked from it */
  protocolRef: z.string().max(80).optional(),
});

export const messageSentSchema = z.object({
  kind: z.literal('messageSent'),
  audience: audienceSchema,
  action: actionNumberSchema.nullable(),
  recipients: z.array(recipientSchema).max(500),
  channel: required(80),
  summary: required(2000),
  fullText: text(50_000).optional(),
  sentBy: required(200),
});

export const messageReceivedSchema = z.object({
  kind: z.literal('messageReceived'),
  from: required(200),
  channel: required(80),
  summary: required(2000),
  fullText: text(50_000).optional(),
  /** a question that still needs an answer; reports list the unanswered ones as open points */
  awaitsAnswer: z.boolean().default(false),
});

export const decisionSubjectSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('actionNotApplicable'),
    audience: audienceSchema,
    action: actionNumberSchema,
    phase: phaseSchema,
  }),
  z.object({ type: z.literal('notNotifiable'), clock: legalClockIdSchema }),
]);

export const decisionSchema = z.object({
  kind: z.literal('decision'),
  summary: required(2000),
  subject: decisionSubjectSchema.optional(),
  reason: text(2000).optional(),
});

export const observationSchema = z.object({
  kind: z.literal('observation'),
  summary: required(2000),
  medium: text(120).optional(),
  tone: z.enum(['positive', 'neutral', 'negative']).optional(),
  /** an exercise evaluator's note; gathered in the evaluation screen */
  evaluatorNote: z.boolean().default(false),
});

export const regulatorNotificationSchema = z.object({
  kind: z.literal('regulatorNotification'),
  regulator: z.enum(['AP', 'NCSC', 'CSIRT', 'supervisor', 'other']),
  regulatorName: text(200).optional(),
  notificationType: z.enum(['earlyWarning', 'notification', 'finalReport', 'other']),
  reference: text(200).optional(),
  summary: required(2000),
});

export const incidentChangeSchema = z.object({
  kind: z.literal('incidentChange'),
  change: z.discriminatedUnion('field', [
    z.object({ field: z.literal('created'), title: required(200) }),
    z.object({ field: z.literal('title'), from: text(200), to: required(200) }),
    z.object({ field: z.literal('natures'), from: z.array(natureSchema), to: z.array(natureSchema) }),
    z.object({
      field: z.literal('visibility'),
      audience: audienceSchema,
      from: visibilitySchema,
      to: visibilitySchema,
    }),
    z.object({ field: z.literal('phase'), from: phaseSchema, to: phaseSchema }),
    z.object({
      field: z.literal('status'),
      from: z.enum(['open', 'closed']),
      to: z.enum(['open', 'closed']),
    }),
  ]),
});

export const noteSchema = z.object({ kind: z.literal('note'), summary: required(2000) });

/**
 * A correction as a journal holds it. Lenient on `changes` on purpose: a correction already written
 * is evidence and must stay readable (views ignore one that is not valid). What the API accepts is
 * the bounded `correctionInputSchema` (correction-bounds.ts); the journal checks the target's kind
 * when it writes (checkCorrection).
 */
export const correctionSchema = z.object({
  kind: z.literal('correction'),
  /** seq of the entry this corrects (never a later one) */
  corrects: z.number().int().min(1),
  /** field name → corrected value, e.g. { occurredAt: '…', summary: '…' } */
  changes: z.record(z.string(), z.unknown()),
  reason: required(2000),
});

/** What the user (or the app) submits; the journal adds seq, times, hash. */
export const logEntryBodySchema = z.discriminatedUnion('kind', [
  messageSentSchema,
  messageReceivedSchema,
  decisionSchema,
  observationSchema,
  regulatorNotificationSchema,
  incidentChangeSchema,
  noteSchema,
  correctionSchema,
]);
export type LogEntryBody = z.infer<typeof logEntryBodySchema>;
export type LogEntryKind = LogEntryBody['kind'];

export const logEntryMetaSchema = z.object({
  /** 1, 2, 3 … per incident; the line number of the journal */
  seq: z.number().int().min(1),
  incidentId: idSchema,
  /** set by the app when the entry was written; never changed */
  recordedAt: isoInstantSchema,
  /** when it happened; defaults to recordedAt, may be earlier */
  occurredAt: isoInstantSchema,
  /** the person at the keyboard */
  author: required(200),
  /** the incident's phase when the entry was recorded */
  phase: phaseSchema,
  /** SHA-256 (hex) of the previous journal line; 64 zeros for the first */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const logEntrySchema = z.intersection(logEntryMetaSchema, logEntryBodySchema);
export type LogEntryMeta = z.infer<typeof logEntryMetaSchema>;
export type LogEntry = LogEntryMeta & LogEntryBody;
