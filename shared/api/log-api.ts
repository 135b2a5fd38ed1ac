import { z } from 'zod';
import { correctionInputSchema } from '../log/correction-bounds';
import {
  decisionSchema,
  logEntrySchema,
  messageReceivedSchema,
  messageSentSchema,
  noteSchema,
  observationSchema,
  regulatorNotificationSchema,
} from '../log/entry-schema';
import {
  actionNumberSchema,
  audienceSchema,
  idSchema,
  isoInstantSchema,
  phaseSchema,
} from '../model/vocabulary';
import { method } from './define';
import { unreadableIncidentSchema } from './workspace-api';

/**
 * What a person may write to the log. `incidentChange` is missing on purpose: only the app records
 * changes of natures, visibility and phase, so the log cannot claim a change that never happened.
 */
export const userLogBodySchema = z.discriminatedUnion('kind', [
  messageSentSchema,
  messageReceivedSchema,
  decisionSchema,
  observationSchema,
  regulatorNotificationSchema,
  noteSchema,
  // bounded: only fields an entry has, with that field's limits (issue 10)
  correctionInputSchema,
]);
export type UserLogBody = z.infer<typeof userLogBodySchema>;

export const LOG_KINDS = [
  'messageSent',
  'messageReceived',
  'decision',
  'observation',
  'regulatorNotification',
  'incidentChange',
  'note',
  'correction',
] as const;
export const logKindSchema = z.enum(LOG_KINDS);

/** The filters of the log view; every part optional, an empty list means "no filter on this". */
export const logFilterSchema = z.object({
  kinds: z.array(logKindSchema).max(LOG_KINDS.length).optional(),
  audiences: z.array(audienceSchema).max(5).optional(),
  /** null selects messages sent without a matrix action */
  actions: z.array(actionNumberSchema.nullable()).max(11).optional(),
  channels: z.array(z.string().max(80)).max(50).optional(),
  authors: z.array(z.string().max(200)).max(50).optional(),
  phases: z.array(phaseSchema).max(6).optional(),
  text: z.string().max(500).optional(),
});
export type LogFilterInput = z.infer<typeof logFilterSchema>;

/** One row of the view: the entry as written, and — only when corrected — its effective value. */
export const logRowSchema = z.object({
  entry: logEntrySchema,
  /** null when no correction applies; otherwise the entry with the corrections merged in */
  effective: logEntrySchema.nullable(),
  correctedBy: z.array(z.number().int()),
  changedFields: z.array(z.string()),
  /** for a received question: seqs of the messages sent in reply (inReplyTo); absent when none */
  answeredBy: z.array(z.number().int()).optional(),
  /** the log's integrity check points at this row (a changed line, the last line before a cut) */
  integrityBreak: z.object({ reason: z.string(), reasonEn: z.string() }).optional(),
});
export type LogRow = z.infer<typeof logRowSchema>;

/** A stretch of consecutive matching rows recorded in one phase; the view draws a heading per run. */
export const phaseRunSchema = z.object({
  phase: phaseSchema,
  start: z.number().int(),
  count: z.number().int(),
});
export type PhaseRun = z.infer<typeof phaseRunSchema>;

export const LOG_PAGE_MAX = 500;

export const logIncidentSchema = z.object({
  id: idSchema,
  title: z.string(),
  isExercise: z.boolean(),
  status: z.enum(['open', 'closed']),
  detectedAt: isoInstantSchema,
  phase: phaseSchema,
});
export type LogIncident = z.infer<typeof logIncidentSchema>;

export const logContactSchema = z.object({
  name: z.string(),
  organisation: z.string(),
  protocolRef: z.string(),
  audience: audienceSchema,
  email: z.string(),
  /** work or mobile number; a private number is never offered here */
  phone: z.string(),
});
export type LogContact = z.infer<typeof logContactSchema>;

export const mediaFindingSchema = z.object({
  kind: z.enum(['number', 'date', 'valueJudgement', 'otherIncident']),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  advice: z.object({ nl: z.string(), en: z.string() }),
});
export type MediaFindingOutput = z.infer<typeof mediaFindingSchema>;

const incidentInput = z.object({ incidentId: idSchema });

const templateTextSchema = z.object({ subject: z.string(), body: z.string() });

/** Which template: one audience, one action (null = general) and one language. */
export const templateKeySchema = z.object({
  audience: audienceSchema,
  action: actionNumberSchema.nullable(),
  language: z.enum(['nl', 'en']),
});
export type TemplateKey = z.infer<typeof templateKeySchema>;

/** One combination with both texts, so the editor can show the default beside the organisation's. */
export const templateSlotSchema = templateKeySchema.extend({
  defaultText: templateTextSchema,
  /** null = the organisation has no template of its own here; drafting uses the default */
  organisation: templateTextSchema.nullable(),
});
export type TemplateSlot = z.infer<typeof templateSlotSchema>;

const templatesOutput = z.object({
  slots: z.array(templateSlotSchema),
  placeholders: z.array(z.string()),
});

export const logMethods = {
  /** Incidents to pick from on the log page, newest first, with the one to show by default. */
  'log.incidents': method(
    z.object({}),
    z.object({
      incidents: z.array(logIncidentSchema),
      defaultId: idSchema.nullable(),
      /** incidents whose file cannot be read; their logs can still be listed and verified (additive) */
      unreadable: z.array(unreadableIncidentSchema).optional(),
    }),
  ),
  /** Channels and protocol contacts for the message form and the drafting links. */
  'log.contacts': method(
    z.object({}),
    z.object({
      organisation: z.string(),
      channels: z.array(z.string()),
      contacts: z.array(logContactSchema),
    }),
  ),
  /** Appends one entry; resolves after it is fsynced. */
  'log.append': method(
    z.object({
      incidentId: idSchema,
      body: userLogBodySchema,
      author: z.string().trim().min(1, 'verplicht').max(200),
      /** when it happened, if earlier than now */
      occurredAt: isoInstantSchema.optional(),
    }),
    logEntrySchema,
  ),
  /** One page of the (filtered) log, paged so 100,000 entries never cross the API at once. */
  'log.list': method(
    incidentInput.extend({
      filter: logFilterSchema.default({}),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(0).max(LOG_PAGE_MAX).default(200),
    }),
    z.object({
      /** matching entries */
      total: z.number().int(),
      /** all entries in the journal */
      count: z.number().int(),
      offset: z.number().int(),
      rows: z.array(logRowSchema),
      phaseRuns: z.array(phaseRunSchema),
      facets: z.object({ authors: z.array(z.string()), channels: z.array(z.string()) }),
      /** time the server spent filtering, for the bench and the curious */
      filterMs: z.number(),
    }),
  ),
  'log.get': method(incidentInput.extend({ seq: z.number().int().min(1) }), logRowSchema),
  'log.exportCsv': method(
    incidentInput.extend({
      filter: logFilterSchema.optional(),
      /** the reader's language for headers and labels; the log page sends the UI language */
      language: z.enum(['nl', 'en']).default('nl'),
    }),
    z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }),
  ),
  'log.verify': method(
    incidentInput,
    z.object({
      ok: z.boolean(),
      count: z.number().int(),
      headHash: z.string(),
      firstBreak: z.object({ line: z.number().int(), reason: z.string(), reasonEn: z.string() }).nullable(),
      /** every break: the chain's, the anchor's, those recorded earlier, earlier exports no longer found */
      breaks: z.array(z.object({ line: z.number().int(), reason: z.string(), reasonEn: z.string() })),
    }),
  ),
  /** A draft from the protocol's own template or the built-in one; the app never sends it. */
  'log.draft': method(
    incidentInput.extend({
      audience: audienceSchema,
      action: actionNumberSchema.nullable(),
      language: z.enum(['nl', 'en']),
      nextUpdate: isoInstantSchema.nullable().optional(),
    }),
    z.object({
      subject: z.string(),
      body: z.string(),
      source: z.enum(['organisation', 'default']),
      mediaFindings: z.array(mediaFindingSchema),
    }),
  ),
  /** Every audience × action × language with the organisation's template (if any) and the default. */
  'templates.get': method(z.object({}), templatesOutput),
  /** Stores or replaces the organisation's template for one combination in the protocol. */
  'templates.save': method(
    templateKeySchema.extend({
      subject: z.string().trim().min(1, 'Het onderwerp is verplicht.').max(200),
      body: z.string().trim().min(1, 'De tekst is verplicht.').max(20_000),
    }),
    templatesOutput,
  ),
  /** Removes the organisation's template for one combination: drafting uses the default again. */
  'templates.reset': method(templateKeySchema, templatesOutput),
  /** Advice on a draft for customers or the public (chapter 3); never a block. */
  'log.mediaCheck': method(
    z.object({ text: z.string().max(50_000) }),
    z.object({ findings: z.array(mediaFindingSchema) }),
  ),
};
