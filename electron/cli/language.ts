import { z } from 'zod';
import type { Locale } from '../../shared/i18n/locale';
import { type TextKey, type TextValues, translate } from '../../shared/i18n/translator';

/** --lang: the two languages the documents and the printed lines come in; anything else is refused. */
const languageFlag = z.enum(['nl', 'en']);

export function languageFlagOf(value: string | undefined): Locale | null {
  const parsed = languageFlag.safeParse(value ?? 'nl');
  return parsed.success ? parsed.data : null;
}

/**
 * A refusal for the person at the terminal, Dutch then English (as errExplained does), so a
 * colleague who reads only English still learns what to type. One string, two lines.
 */
export function bothLanguages(key: TextKey, values?: TextValues): string {
  return `${translate('nl', key, values)}\n${translate('en', key, values)}`;
}
