import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_NAMESPACES, i18nResources } from '../../../shared/i18n/resources';

/** i18next with Dutch as the default and English as the second language (DESIGN.md §2). */
export function initI18n(language: 'nl' | 'en' = 'nl'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: i18nResources,
    lng: language,
    fallbackLng: 'nl',
    ns: [...I18N_NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return i18next;
}
