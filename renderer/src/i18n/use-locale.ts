import { useTranslation } from 'react-i18next';
import { type Locale, localeOf } from '../../../shared/i18n/locale';

/** The interface language as the shared label tables know it ('nl' or 'en'); re-renders on a switch. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOf(i18n.language);
}
