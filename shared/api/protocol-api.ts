import { z } from 'zod';
import { CONTACT_FIELDS } from '../protocol/import/csv-columns';
import { DOCX_TABLE_KINDS } from '../protocol/import/docx-model';
import { personSchema, protocolShapeSchema } from '../protocol/schema';
import { CLASSIFICATIONS } from '../report/model';
import { method } from './define';

/**
 * Methods of the protocol feature (issue 3). The editor works on a whole-protocol draft and saves
 * it in one go; imports and the demo replace the stored protocol; exports hand back file bytes.
 */

const texts = z.object({ nl: z.string(), en: z.string() });

export const readinessSectionSchema = z.enum([
  'organisation',
  'people',
  'systems',
  'bcp',
  'stakeholders',
  'crisisTeam',
  'endResponsibles',
  'channels',
  'media',
  'escalation',
  'exercise',
]);

export const gapSchema = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warning']),
  message: texts,
  target: z.object({
    section: readinessSectionSchema,
    itemId: z.string().optional(),
    field: z.string().optional(),
  }),
});

export const readinessSchema = z.object({
  checks: z.number().int(),
  met: z.number().int(),
  gaps: z.array(gapSchema),
});

/** A problem with one field, as the editor shows it beside that field. */
export const fieldIssueSchema = z.object({
  path: z.array(z.string()),
  /** Dutch */
  message: z.string(),
  /** the same in English (absent only in answers from an older back end) */
  en: z.string().optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/**
 * The stored protocol with what the editor needs around it. `revision` fingerprints the parts this
 * editor owns, so a save made from a stale copy is noticed instead of silently overwriting.
 */
export const protocolStateSchema = z.object({
  protocol: protocolShapeSchema,
  readiness: readinessSchema,
  revision: z.string(),
});
export type ProtocolState = z.infer<typeof protocolStateSchema>;

export const saveResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), state: protocolStateSchema }),
  z.object({
    saved: z.literal(false),
    reason: z.enum(['invalid', 'conflict']),
    message: texts,
    issues: z.array(fieldIssueSchema),
  }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

const language = z.enum(['nl', 'en']).default('nl');
/** Imported files travel as text; the browser host caps bodies at 10 MB anyway. */
const fileText = z.string().max(10 * 1024 * 1024);

const fileOutput = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });

/** An uploaded file's bytes: decoded by the back end, never assumed to be UTF-8 (issue 14). */
const fileBytes = z.string().max(14 * 1024 * 1024);
const fileName = z.string().max(260);

export const columnMappingSchema = z.object({
  column: z.number().int().min(0).max(500),
  field: z.enum(CONTACT_FIELDS),
  labelColumn: z.number().int().min(0).max(500).optional(),
});

/** `message` in Dutch (as before), `en` in English */
const problemSchema = z.object({ line: z.number().int(), message: z.string(), en: z.string() });

export const duplicateOfSchema = z.discriminatedUnion('where', [
  z.object({ where: z.literal('registry'), personId: z.string(), name: z.string() }),
  z.object({ where: z.literal('file'), index: z.number().int(), name: z.string() }),
]);

export const contactsPreviewSchema = z.object({
  format: z.enum(['csv', 'vcard']),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']),
  profile: z.enum(['outlookNl', 'outlookEn', 'google', 'apple', 'other', 'vcard']),
  delimiter: z.string(),
  headers: z.array(z.string()),
  mapping: z.array(columnMappingSchema),
  sampleRows: z.array(z.array(z.string())),
  needsMapping: z.boolean(),
  people: z.array(
    z.object({
      index: z.number().int(),
      person: personSchema,
      flagged: z.boolean(),
      duplicateOf: duplicateOfSchema.nullable(),
    }),
  ),
  problems: z.array(problemSchema),
});
export type ContactsPreview = z.infer<typeof contactsPreviewSchema>;

const tableKindSchema = z.enum(DOCX_TABLE_KINDS);
/** table index (as text) → what the user says the table is; 'ignore' leaves it out */
const tableKindsSchema = z.record(
  z.string().regex(/^\d{1,3}$/),
  z.union([tableKindSchema, z.literal('ignore')]),
);

export const docxPreviewSchema = z.object({
  tables: z.array(
    z.object({
      index: z.number().int(),
      heading: z.string(),
      header: z.array(z.string()),
      rows: z.number().int(),
      kind: tableKindSchema.nullable(),
      source: z.enum(['recognised', 'chosen', 'ignored', 'none']),
    }),
  ),
  facts: z.array(z.object({ field: z.string(), label: z.string(), value: z.string() })),
  notUnderstood: z.array(
    z.object({
      table: z.number().int().nullable(),
      row: z.number().int().nullable(),
      column: z.number().int().nullable(),
      text: z.string(),
      reason: texts,
    }),
  ),
  counts: z.object({
    people: z.number().int(),
    systems: z.number().int(),
    stakeholders: z.number().int(),
    roles: z.number().int(),
    media: z.number().int(),
    escalation: z.number().int(),
  }),
  protocol: protocolShapeSchema,
  /** the readiness the protocol would have after each choice */
  readiness: z.object({ replace: readinessSchema, merge: readinessSchema }),
  /** the stored protocol has content of its own, so merge or replace is a real choice */
  currentHasContent: z.boolean(),
});
export type DocxPreview = z.infer<typeof docxPreviewSchema>;

export const protocolMethods = {
  'protocol.get': method(z.object({}), protocolStateSchema),
  /** Just the figure and the gaps, for the home screen. */
  'protocol.readiness': method(z.object({}), readinessSchema),
  /**
   * Replaces the editor's part of the protocol. The body is checked here with the full protocol
   * schema (not at the door) so the answer can list every field issue instead of the first one.
   * operations.matrix and operations.messageTemplates are kept as stored: other editors own them.
   */
  'protocol.save': method(
    z.object({
      protocol: z.record(z.string(), z.unknown()),
      /** the revision the draft started from; null skips the check (overwrite on purpose) */
      baseRevision: z.string().nullable(),
    }),
    saveResultSchema,
  ),
  /** The fictitious demo protocol. The UI asks first; `confirm` makes that a contract, not a habit. */
  'protocol.loadSample': method(z.object({ confirm: z.literal(true) }), protocolStateSchema),
  'protocol.exportJson': method(
    z.object({}),
    z.object({ fileName: z.string(), mime: z.string(), json: z.string() }),
  ),
  /** A whole protocol file: migrated, validated, then stored at once — or refused whole. */
  'protocol.importJson': method(z.object({ text: fileText }), protocolStateSchema),
  /**
   * What a contacts file would add: the bytes decoded, the source recognised, the column mapping
   * (suggested, or the one given), the first rows, every person with its problems and duplicates.
   * Reads only.
   */
  'protocol.previewContacts': method(
    z.object({ fileName, base64: fileBytes, mapping: z.array(columnMappingSchema).max(500).optional() }),
    contactsPreviewSchema,
  ),
  /**
   * Adds the readable contacts to the people registry. A duplicate (same name or e-mail, in the
   * registry or earlier in the file) is merged when its index is in `merge`, else left out. Either
   * the file as text with its format (older callers), or its bytes with an optional mapping.
   */
  'protocol.importContacts': method(
    z
      .object({
        format: z.enum(['csv', 'vcard']).optional(),
        text: fileText.optional(),
        fileName: fileName.optional(),
        base64: fileBytes.optional(),
        mapping: z.array(columnMappingSchema).max(500).optional(),
        merge: z.array(z.number().int().min(0)).max(2000).optional(),
      })
      .refine((i) => (i.text === undefined) !== (i.base64 === undefined), {
        message: 'Geef de tekst of de bytes van het bestand, niet allebei.',
      }),
    z.object({
      added: z.array(z.object({ id: z.string(), name: z.string() })),
      merged: z.array(z.object({ id: z.string(), name: z.string() })),
      skipped: z.array(z.string()),
      problems: z.array(problemSchema),
      state: protocolStateSchema,
    }),
  ),
  /**
   * A Word protocol (DOCX with the tables of Bijlage I) read into a draft, with what was not
   * understood and the readiness it would have. Reads only; `tableKinds` is the user's mapping.
   */
  'protocol.previewDocx': method(
    z.object({ fileName, base64: fileBytes, tableKinds: tableKindsSchema.optional() }),
    docxPreviewSchema,
  ),
  /** Stores the draft of the same file and mapping: merged into the protocol or replacing it, whole or not at all. */
  'protocol.importDocx': method(
    z.object({
      fileName,
      base64: fileBytes,
      tableKinds: tableKindsSchema.optional(),
      mode: z.enum(['merge', 'replace']),
      confirm: z.literal(true),
    }),
    protocolStateSchema,
  ),
  /** the call list as CSV; its file name carries the classification (a CSV has no pages to mark) */
  'protocol.callListCsv': method(
    z.object({ language, classification: z.enum(CLASSIFICATIONS).default('vertrouwelijk') }),
    z.object({ fileName: z.string(), mime: z.string(), csv: z.string() }),
  ),
  /** the printed protocol; every page carries its classification, VERTROUWELIJK unless asked otherwise */
  'protocol.print': method(
    z.object({
      format: z.enum(['docx', 'pdf']),
      language,
      classification: z.enum(CLASSIFICATIONS).default('vertrouwelijk'),
    }),
    fileOutput,
  ),
  /** The next exercise as a calendar file; refused with a reason when no date is set. */
  'protocol.ics': method(
    z.object({
      /** repeat the event every year (RRULE:FREQ=YEARLY) */
      yearly: z.boolean().default(false),
      /** the invitation's language; the UID and SEQUENCE do not depend on it */
      language,
    }),
    fileOutput.extend({ text: z.string() }),
  ),
};
