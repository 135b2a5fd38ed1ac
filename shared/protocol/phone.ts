import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { z } from 'zod';

/**
 * Phone and e-mail normalisation for crisis contacts. The 'max' metadata is needed to tell mobile
 * from fixed lines; the handreiking advises 06 numbers because a switchboard or VoIP line goes down
 * with the organisation's own IT. A non-mobile number is still accepted, with a warning.
 */
export type PhoneType = 'mobile' | 'fixed' | 'other';

export type PhoneResult =
  | { ok: true; e164: string; display: string; type: PhoneType; warning?: 'landline' }
  | { ok: false; message: string };

export type EmailResult = { ok: true; email: string } | { ok: false; message: string };

const DEFAULT_REGION = 'NL';

const PARSE_MESSAGES: Record<string, string> = {
  NOT_A_NUMBER: 'er staan geen cijfers in',
  INVALID_COUNTRY: 'het landnummer is onbekend; begin met +landnummer of met 0 voor Nederland',
  TOO_SHORT: 'het nummer is te kort',
  TOO_LONG: 'het nummer is te lang',
  INVALID_LENGTH: 'het aantal cijfers klopt niet',
};

function refuse(input: string, reason: string): PhoneResult {
  return { ok: false, message: `Dit telefoonnummer klopt niet: "${input}" — ${reason}.` };
}

export function normalisePhone(input: string): PhoneResult {
  const raw = input.trim();
  if (raw === '') return { ok: false, message: 'Er is geen telefoonnummer ingevuld.' };
  try {
    const parsed = parsePhoneNumberWithError(raw, DEFAULT_REGION);
    if (!parsed.isValid()) {
      return refuse(raw, 'dit nummer bestaat niet (controleer het aantal cijfers en het netnummer)');
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
    return refuse(raw, PARSE_MESSAGES[code] ?? 'het is geen geldig telefoonnummer');
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
  if (raw === '') return { ok: false, message: 'Er is geen e-mailadres ingevuld.' };
  const at = raw.lastIndexOf('@');
  // The domain part is case-insensitive; the local part is left as typed.
  const email = at > 0 ? `${raw.slice(0, at)}@${raw.slice(at + 1).toLowerCase()}` : raw;
  if (!emailShape.safeParse(email).success) {
    return {
      ok: false,
      message: `Dit e-mailadres klopt niet: "${raw}" — gebruik de vorm naam@organisatie.nl.`,
    };
  }
  return { ok: true, email };
}
