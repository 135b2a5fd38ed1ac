import type { Locale, Localized } from '../matrix/labels';

export type { Locale, Localized };

/**
 * The one place where a language setting becomes one of the two interface languages.
 * Everything else asks this helper (or i18next's `t`) instead of comparing with 'en' itself,
 * so a third language, or a change of default, is one edit (issue 13: one text layer).
 * Anything that is not English falls back to Dutch, the app's first language.
 */
export function localeOf(language: string | null | undefined): Locale {
  return language === 'en' ? 'en' : 'nl';
}

/** The text of a bilingual pair in the given language. */
export function pick(text: Localized, language: string | null | undefined): string {
  return text[localeOf(language)];
}

/** One of two values (texts, formats, file names …) chosen by language. */
export function byLocale<T>(
  language: string | null | undefined,
  values: { readonly nl: T; readonly en: T },
): T {
  return values[localeOf(language)];
}

/** Whether the language is English: for the rare place where a yes/no is what is needed. */
export function isEnglish(language: string | null | undefined): boolean {
  return localeOf(language) === 'en';
}
