import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../../shared/matrix/labels';

export type Lang = 'nl' | 'en';

/** The interface language as the shared label tables know it. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

export const loc = (text: Localized, lang: Lang): string => text[lang];
