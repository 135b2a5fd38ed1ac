import { z } from 'zod';
import { translate } from '../i18n/translator';
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

/** How much a medium says about the incident in one round, from nothing to a storm. */
export const MEDIA_VOLUMES = ['none', 'low', 'moderate', 'high', 'storm'] as const;
export type MediaVolume = (typeof MEDIA_VOLUMES)[number];

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
  /**
   * The phase of the matrix this message fulfils, when it differs from the phase the incident was
   * in when it went out: an action missed in its own phase and logged later counts there, late.
   * Absent: the phase the incident was in at occurredAt (the history in the log decides).
   */
  forPhase: phaseSchema.optional(),
  /** the update this message promises ("volgende update om …"); the board waits for it */
  nextUpdateAt: isoInstantSchema.optional(),
  /** seq of the received question this message answers; answering clears it from the waiting strip */
  inReplyTo: z.number().int().min(1).optional(),
});

export const messageReceivedSchema = z.object({
  kind: z.literal('messageReceived'),
  from: required(200),
  channel: required(80),
  summary: required(2000),
  fullText: text(50_000).optional(),
  /** a question that still needs an answer; reports list the unanswered ones as open points */
  awaitsAnswer: z.boolean().default(false),
  /** the answer is wanted before this moment (e.g. a journalist's deadline) */
  answerBy: isoInstantSchema.optional(),
  /**
   * An exercise inject (issue 16): the exercise's runner wrote this message, from the scenario
   * (`id` of the inject) or made up by the leader during the exercise (`adHoc`). Optional and
   * additive: every older journal stays valid, and players handle it like any message.
   */
  inject: z.object({ id: z.string().min(1).max(64), adHoc: z.boolean().optional() }).optional(),
});

/**
 * What a decision is about, when the app needs to act on it. The app's own decisions carry only
 * this structure (and the reason the person typed), never a sentence: every screen and report
 * writes it out in the reader's language.
 */
export const decisionSubjectSchema = z.discriminatedUnion('type', [
  /** the matrix asks for this action here, but it does not apply to this incident (reason required) */
  z.object({
    type: z.literal('actionNotApplicable'),
    audience: audienceSchema,
    action: actionNumberSchema,
    phase: phaseSchema,
  }),
  /** a "where needed" action (9) that was not needed here */
  z.object({
    type: z.literal('actionNotNeeded'),
    audience: audienceSchema,
    action: actionNumberSchema,
    phase: phaseSchema,
  }),
  /** a partner organisation from the protocol that need not be told about this incident (reason required) */
  z.object({
    type: z.literal('recipientExcluded'),
    audience: audienceSchema,
    /** the stakeholder's id in the protocol */
    recipient: z.string().min(1).max(80),
  }),
  z.object({ type: z.literal('notNotifiable'), clock: legalClockIdSchema }),
  /**
   * NIS2 / Cbw: is this a significant incident? Yes starts the NIS2 clocks at `awareAt` (when the
   * organisation became aware of it); no rules them out, with a reason.
   */
  z.object({
    type: z.literal('nis2Significance'),
    significant: z.boolean(),
    awareAt: isoInstantSchema.optional(),
  }),
  /**
   * An escalation condition of the protocol is met (issue 16). The condition's text is kept as it
   * read then, so the log says what was agreed even after the protocol changes. Additive: older
   * journals never hold it and stay valid.
   */
  z.object({
    type: z.literal('escalationMet'),
    conditionId: z.string().min(1).max(80),
    text: required(2000),
  }),
]);
export type DecisionSubject = z.infer<typeof decisionSubjectSchema>;

/**
 * A decision typed by a person has a summary; one the app records for a button (not applicable,
 * not notifiable …) may leave it empty and carries its subject instead. A decision with neither is
 * not valid.
 */
export const decisionSchema = z
  .object({
    kind: z.literal('decision'),
    summary: text(2000).default(''),
    subject: decisionSubjectSchema.optional(),
    reason: text(2000).optional(),
  })
  .refine((d) => d.summary !== '' || d.subject !== undefined, {
    message: translate('nl', 'validation:requiredShort'),
    path: ['summary'],
  });

export const observationSchema = z.object({
  kind: z.literal('observation'),
  summary: required(2000),
  medium: text(120).optional(),
  tone: z.enum(['positive', 'neutral', 'negative']).optional(),
  /** an exercise evaluator's note; gathered in the evaluation screen */
  evaluatorNote: z.boolean().default(false),
  /**
   * A round of media monitoring (issue 16): which medium of the protocol's roster, how much was
   * said and what stood out. Tone is the observation's own `tone`. Optional and additive: an
   * observation is what a media watcher notes anyway, so the log, CSV and reports show it as one.
   */
  mediaRound: z
    .object({
      monitorId: z.string().min(1).max(80),
      volume: z.enum(MEDIA_VOLUMES),
      notable: text(2000).optional(),
      links: z.array(z.string().trim().url().max(2000)).max(20).optional(),
    })
    .optional(),
});

export const REGULATORS = ['AP', 'NCSC', 'CSIRT', 'supervisor', 'other'] as const;
/**
 * `supplement`: additional information to an earlier notification (the AP accepts a notification
 * in stages); `intermediateReport`: the NIS2 interim report a CSIRT may ask for.
 */
export const NOTIFICATION_TYPES = [
  'earlyWarning',
  'notification',
  'supplement',
  'intermediateReport',
  'finalReport',
  'other',
] as const;
export const regulatorSchema = z.enum(REGULATORS);
export const notificationTypeSchema = z.enum(NOTIFICATION_TYPES);
export type Regulator = z.infer<typeof regulatorSchema>;
export type NotificationType = z.infer<typeof notificationTypeSchema>;

export const regulatorNotificationSchema = z.object({
  kind: z.literal('regulatorNotification'),
  regulator: regulatorSchema,
  regulatorName: text(200).optional(),
  notificationType: notificationTypeSchema,
  reference: text(200).optional(),
  summary: required(2000),
  /** seq of the notification this one follows up (a supplement, the next NIS2 stage) */
  followUpOf: z.number().int().min(1).optional(),
});

export const incidentChangeItemSchema = z.discriminatedUnion('field', [
  z.object({
    field: z.literal('created'),
    title: required(200),
    /** the phase the incident was created in (older journals: the entry's own phase) */
    phase: phaseSchema.optional(),
    isExercise: z.boolean().optional(),
  }),
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
]);
export type IncidentChangeItem = z.infer<typeof incidentChangeItemSchema>;

/**
 * What the app changed about the incident. One entry holds every change made at once (`changes`),
 * so the log never shows half an update. Journals written before that hold one change per entry
 * (`change`); they stay valid evidence and read the same through `changesOf`.
 */
export const incidentChangeSchema = z.object({
  kind: z.literal('incidentChange'),
  changes: z.array(incidentChangeItemSchema).min(1).max(20).optional(),
  change: incidentChangeItemSchema.optional(),
});

/** The changes an incidentChange entry records, old format or new. */
export function changesOf(entry: {
  change?: IncidentChangeItem;
  changes?: IncidentChangeItem[];
}): IncidentChangeItem[] {
  if (entry.changes) return entry.changes;
  return entry.change ? [entry.change] : [];
}

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
