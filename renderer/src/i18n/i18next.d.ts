import type { i18nResources } from '../../../shared/i18n/resources';

/**
 * Typed translation keys: `t('board:foo')` with a key that is not in the Dutch catalogue fails
 * `tsc` instead of showing the raw key on a projector (issue 13). Dutch is the reference shape;
 * the English files are typed against it, so both languages have every key.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof i18nResources)['nl'];
  }
}
