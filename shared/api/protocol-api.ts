import { z } from 'zod';
import { protocolShapeSchema } from '../protocol/schema';
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
  message: z.string(),
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
  /** Adds the readable contacts to the people registry; skips names already present. */
  'protocol.importContacts': method(
    z.object({ format: z.enum(['csv', 'vcard']), text: fileText }),
    z.object({
      added: z.array(z.object({ id: z.string(), name: z.string() })),
      skipped: z.array(z.string()),
      problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
      state: protocolStateSchema,
    }),
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
  'protocol.ics': method(z.object({}), fileOutput.extend({ text: z.string() })),
};
