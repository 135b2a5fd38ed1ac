import { z } from 'zod';
import { translate } from '../i18n/translator';
import { idSchema } from '../model/vocabulary';
import { normaliseEmail, normalisePhone } from './phone';
import { LIMITS, requiredText, text } from './text';

/**
 * A stored phone number: empty, or a number libphonenumber accepts. The editor and the importers
 * store the E.164 form; the schema accepts any valid spelling so a hand-edited file still loads.
 */
export const phoneSchema = text(LIMITS.phone).refine((v) => v === '' || normalisePhone(v).ok, {
  error: (issue) => {
    const result = normalisePhone(String(issue.input));
    return result.ok ? translate('nl', 'validation:phoneInvalid') : result.message;
  },
});

export const emailSchema = text(LIMITS.email).refine((v) => v === '' || normaliseEmail(v).ok, {
  error: translate('nl', 'validation:emailInvalid'),
});

/** A reference to a person in the registry; null while nobody has been named yet. */
export const personRefSchema = idSchema.nullable();

/**
 * Everyone who acts anywhere in the protocol, stored once (Bijlage I asks for the same fields in
 * every table). Other parts hold only the id, so a changed number changes everywhere.
 */
export const personSchema = z.object({
  id: idSchema,
  name: requiredText(LIMITS.name),
  /** Function or role, e.g. "Teamleider ICT-beheer". */
  role: text(LIMITS.shortText),
  department: text(LIMITS.shortText),
  organisation: text(LIMITS.shortText),
  workPhone: phoneSchema,
  privatePhone: phoneSchema,
  mobilePhone: phoneSchema.optional(),
  email: emailSchema,
  /** Free text, e.g. availability, or an imported number that did not parse. */
  notes: text(LIMITS.longText).optional(),
});

export type Person = z.infer<typeof personSchema>;
export type PersonRef = z.infer<typeof personRefSchema>;
