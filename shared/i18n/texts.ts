import { localeOf } from './locale';
import { i18nResources } from './resources';

type Catalogue = (typeof i18nResources)['nl'];
export type Namespace = keyof Catalogue;

/**
 * One namespace of the catalogue as a typed object, for texts without values read many times in
 * a row (a report's headings and table columns). Texts with values go through the translator
 * (shared/i18n/translator.ts), which fills in `{{name}}` and picks plural forms.
 */
export function textsOf<NS extends Namespace>(language: string | null | undefined, ns: NS): Catalogue[NS] {
  return i18nResources[localeOf(language)][ns] as Catalogue[NS];
}

export type DocumentTexts = Catalogue['document'];
export type EvaluationTexts = Catalogue['evaluation'];
export type IntegrityTexts = Catalogue['integrity'];
export type PrintTexts = Catalogue['print'];
export type ValidationTexts = Catalogue['validation'];
