import { z } from 'zod';
import { translate } from '../i18n/translator';

/**
 * String schemas shared by every part of the protocol. Everything a person types is trimmed and
 * capped, so a pasted novel or stray whitespace never reaches the binder. zod carries one message
 * per issue: it is the Dutch text from the catalogue, and shared/i18n/issue-texts.ts gives its
 * English twin wherever an issue leaves the back end.
 */
export const text = (max: number) =>
  z
    .string({ error: translate('nl', 'validation:mustBeText') })
    .trim()
    .max(max, translate('nl', 'validation:tooLong', { max }));

export const requiredText = (max: number) => text(max).min(1, translate('nl', 'validation:required'));

/** Lengths used throughout, so a name is always the same size wherever it is stored. */
export const LIMITS = {
  name: 120,
  shortText: 200,
  longText: 2000,
  phone: 40,
  email: 254,
} as const;
