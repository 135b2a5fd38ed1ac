import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { Locale } from '../i18n/locale';
import { textsOf, type ValidationTexts } from '../i18n/texts';
import { translate } from '../i18n/translator';

/**
 * Phone and e-mail normalisation for crisis contacts. The 'max' metadata is needed to tell mobile
 * from fixed lines; the handreiking advises 06 numbers because a switchboard or VoIP line goes down
 * with the organisation's own IT. A non-mobile number is still accepted, with a warning.
 */
export type PhoneType = 'mobile' | 'fixed' | 'other';

export type PhoneResult =
  | { ok: true; e164: string; display: string; type: PhoneType; warning?: 'landline' }
  | { ok: false; message: string; en: string };

export type EmailResult = { ok: true; email: string } | { ok: false; message: string; en: string };

const DEFAULT_REGION = 'NL';

/** libphonenumber's reasons, as the catalogue's keys (namespace validation, phoneReasons). */
const PARSE_REASONS: Record<string, PhoneReason> = {
  NOT_A_NUMBER: 'notANumber',
  INVALID_COUNTRY: 'invalidCountry',
  TOO_SHORT: 'tooShort',
  TOO_LONG: 'tooLong',
  INVALID_LENGTH: 'invalidLength',
};

type PhoneReason = keyof ValidationTexts['phoneReasons'];

/** A refusal in both languages: `message` is Dutch (what the editor shows today), `en` English. */
function refusal(build: (language: Locale) => string): { ok: false; message: string; en: string } {
  return { ok: false, message: build('nl'), en: build('en') };
}

function refuse(input: string, reason: PhoneReason) {
  return refusal((language) =>
    translate(language, 'validation:phoneRefused', {
      input,
      reason: textsOf(language, 'validation').phoneReasons[reason],
    }),
  );
}

export function normalisePhone(input: string): PhoneResult {
  const raw = input.trim();
  if (raw === '') return refusal((language) => textsOf(language, 'validation').phoneMissing);
  try {
    const parsed = parsePhoneNumberWithError(raw, DEFAULT_REGION);
    if (!parsed.isValid()) {
      return refuse(raw, 'doesNotExist');
    }
    const kind = parsed.getType();
    const type: PhoneType =
      kind === 'MOBILE'
        ? 'mobile'
        : kind === 'FIXED_LINE' || kind === 'FIXED_LINE_OR_MOBILE'
          ? 'fixed'
          : 'other';
    // Dutch numbers the Dutch way (06 12345678); anything foreign keeps its country code.
    const display =
      parsed.country === DEFAULT_REGION ? parsed.formatNational() : parsed.formatInternational();
    const result: PhoneResult = { ok: true, e164: parsed.number, display, type };
    // 088/085 (company and VoIP) numbers fail just like fixed lines when the exchange is down.
    if (type !== 'mobile') result.warning = 'landline';
    return result;
  } catch (error) {
    const code = error instanceof Error ? error.message : '';
    return refuse(raw, PARSE_REASONS[code] ?? 'notAPhoneNumber');
  }
}

/** Display form for a stored number; falls back to the stored text if it no longer parses. */
export function displayPhone(stored: string): string {
  if (stored.trim() === '') return '';
  const result = normalisePhone(stored);
  return result.ok ? result.display : stored;
}

const emailShape = z.email();

export function normaliseEmail(input: string): EmailResult {
  const raw = input.trim();
  if (raw === '') return refusal((language) => textsOf(language, 'validation').emailMissing);
  const at = raw.lastIndexOf('@');
  // The domain part is case-insensitive; the local part is left as typed.
  const email = at > 0 ? `${raw.slice(0, at)}@${raw.slice(at + 1).toLowerCase()}` : raw;
  if (!emailShape.safeParse(email).success) {
    return refusal((language) => translate(language, 'validation:emailRefused', { input: raw }));
  }
  return { ok: true, email };
}
