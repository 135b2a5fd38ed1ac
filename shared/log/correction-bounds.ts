import { z } from 'zod';
import { correctionSchema, logEntryBodySchema, logEntryMetaSchema } from './entry-schema';

/**
 * Fields a correction may never touch: they identify the line in the journal (seq, prevHash), say
 * when it was written (recordedAt) or what it is (kind, incidentId). Changing those would not be a
 * correction but a different entry.
 */
export const IMMUTABLE_FIELDS: readonly string[] = ['seq', 'incidentId', 'recordedAt', 'prevHash', 'kind'];

type FieldSchemas = ReadonlyMap<string, z.ZodType>;

/** A field's own schema, without its default: a correction names a value, it never leaves one out. */
function valueSchema(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

function correctable(shape: Record<string, z.ZodType>): [string, z.ZodType][] {
  return Object.entries(shape)
    .filter(([name]) => !IMMUTABLE_FIELDS.includes(name))
    .map(([name, schema]) => [name, valueSchema(schema)]);
}

/**
 * What a correction may change, per kind of entry, read from the kinds' own zod schemas: a field
 * added to a kind is correctable at once, with that field's own limits, and a field a kind does not
 * have is not. The time it happened, the author and the phase (entry meta) apply to every kind.
 * Corrections themselves are not correctable (correct the original again instead).
 */
const FIELDS_BY_KIND: ReadonlyMap<string, FieldSchemas> = new Map(
  logEntryBodySchema.options
    .filter((option) => option.shape.kind.value !== 'correction')
    .map((option): [string, FieldSchemas] => [
      option.shape.kind.value,
      new Map([
        ...correctable(logEntryMetaSchema.shape),
        ...correctable(option.shape as Record<string, z.ZodType>),
      ]),
    ]),
);

/** Every field name any kind has, with the schemas that field has in the kinds that have it. */
const ANY_KIND: ReadonlyMap<string, readonly z.ZodType[]> = (() => {
  const byName = new Map<string, z.ZodType[]>();
  for (const fields of FIELDS_BY_KIND.values()) {
    for (const [name, schema] of fields) {
      const list = byName.get(name) ?? [];
      if (!list.includes(schema)) list.push(schema);
      byName.set(name, list);
    }
  }
  return byName;
})();

/** The fields a correction of this kind of entry may change; empty for a kind that has none. */
export function correctableFieldsOf(kind: string): string[] {
  return [...(FIELDS_BY_KIND.get(kind)?.keys() ?? [])];
}

/** The names in `fields` that an entry of this kind does not have. */
export function fieldsNotInKind(kind: string, fields: readonly string[]): string[] {
  const own = FIELDS_BY_KIND.get(kind);
  return fields.filter((f) => !own?.has(f));
}

/**
 * `changes` as a person may submit it: only field names some kind of entry has, each value within
 * the limits that field has there (length, list size, choices). The target's own kind is checked
 * when the correction is written (checkCorrection), because only then is the target known. The
 * record itself is read shallowly, so a value nested 10,000 deep is refused at its first level.
 * Messages carry Dutch and English in `params`, which the dispatcher passes on as they are.
 */
export const correctionChangesSchema = z.record(z.string(), z.unknown()).superRefine((changes, ctx) => {
  for (const [field, value] of Object.entries(changes)) {
    if (IMMUTABLE_FIELDS.includes(field)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} ligt vast en kan niet worden gecorrigeerd`,
        params: {
          nl: `Het veld ${field} ligt vast en kan niet worden gecorrigeerd.`,
          en: `The field ${field} is fixed and cannot be corrected.`,
        },
      });
      continue;
    }
    const schemas = ANY_KIND.get(field);
    if (!schemas) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} is geen veld van een logregel`,
        params: {
          nl: `Een correctie kan alleen velden wijzigen die een logregel heeft; ${shown(field)} is er geen.`,
          en: `A correction can only change fields a log entry has; ${shown(field)} is not one.`,
        },
      });
      continue;
    }
    const attempts = schemas.map((schema) => schema.safeParse(value));
    if (attempts.some((a) => a.success)) continue;
    const first = attempts[0]?.error?.issues[0];
    const reason = first ? explain(first) : { nl: 'ongeldig', en: 'invalid' };
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${field}: ${first?.message ?? 'ongeldig'}`,
      params: {
        nl: `De gecorrigeerde waarde van ${field} past niet in een logregel: ${reason.nl}.`,
        en: `The corrected value of ${field} does not fit a log entry: ${reason.en}.`,
      },
    });
  }
});

/** The usual reasons in plain words; anything rarer keeps zod's own (English) text. */
function explain(issue: z.core.$ZodIssue): { nl: string; en: string } {
  const where = issue.path.length > 0 ? ` (${issue.path.map(String).join('.')})` : '';
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return {
          nl: `te lang, hoogstens ${issue.maximum} tekens${where}`,
          en: `too long, at most ${issue.maximum} characters${where}`,
        };
      if (issue.origin === 'array')
        return {
          nl: `te veel, hoogstens ${issue.maximum}${where}`,
          en: `too many, at most ${issue.maximum}${where}`,
        };
      break;
    case 'too_small':
      if (issue.origin === 'string') return { nl: `leeg${where}`, en: `empty${where}` };
      break;
    case 'invalid_type':
      return { nl: `het verkeerde soort gegeven${where}`, en: `the wrong kind of value${where}` };
    case 'invalid_value':
      return { nl: `geen van de keuzes${where}`, en: `not one of the choices${where}` };
  }
  return { nl: issue.message, en: issue.message };
}

/** A field name as typed, cut short: the message must not echo a megabyte back. */
function shown(field: string): string {
  return `"${field.length > 60 ? `${field.slice(0, 60)}…` : field}"`;
}

/**
 * A correction as the API accepts it. What is already in a journal is read with the lenient
 * `correctionSchema` instead: a correction written earlier is evidence and must stay readable;
 * views ignore one that is not valid (applyCorrection).
 */
export const correctionInputSchema = correctionSchema.extend({ changes: correctionChangesSchema });
