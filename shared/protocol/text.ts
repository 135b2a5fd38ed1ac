import { z } from 'zod';

/**
 * String schemas shared by every part of the protocol. Everything a person types is trimmed and
 * capped, so a pasted novel or stray whitespace never reaches the binder; messages are Dutch
 * because they appear beside the field in the editor.
 */
export const text = (max: number) =>
  z
    .string({ error: 'Dit veld moet tekst bevatten.' })
    .trim()
    .max(max, `Dit veld mag hoogstens ${max} tekens bevatten.`);

export const requiredText = (max: number) => text(max).min(1, 'Dit veld is verplicht.');

/** Lengths used throughout, so a name is always the same size wherever it is stored. */
export const LIMITS = {
  name: 120,
  shortText: 200,
  longText: 2000,
  phone: 40,
  email: 254,
} as const;
