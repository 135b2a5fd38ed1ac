import i18next from 'i18next';
import { type Locale, localeOf } from './locale';
import { i18nResources } from './resources';

/**
 * The catalogue without React: the main process, the export worker and the command line read the
 * same texts as the renderer through this, so a document, a CSV or an error message says what the
 * screen says. One i18next instance per language, made on first use and kept: the resources are
 * bundled objects, so initialising is synchronous (`initAsync: false`) and `t` works at once.
 */

type Catalogue = (typeof i18nResources)['nl'];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** 'a.b.c' for every text (string leaf) of a namespace; lists (keywords …) are read as data, not with t. */
type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K
    : T[K] extends readonly unknown[]
      ? never
      : T[K] extends object
        ? `${K}.${LeafPaths<T[K]>}`
        : never;
}[keyof T & string];

/** i18next picks `x_one` / `x_other` by `count`: the caller names `x`. */
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Every key of the catalogue as 'namespace:path', e.g. 'document:summary.loggedLate'. A wrong key fails tsc. */
export type TextKey = {
  [NS in keyof Catalogue & string]: `${NS}:${WithoutPlural<LeafPaths<Catalogue[NS]>>}`;
}[keyof Catalogue & string];

/** Values put into `{{name}}`; `count` also chooses the plural form. */
export type TextValues = Readonly<Record<string, string | number>>;

export type Translate = (key: TextKey, values?: TextValues) => string;

export interface Translator {
  locale: Locale;
  t: Translate;
}

/** i18next's own `t` without its key typing (which the renderer's CustomTypeOptions may narrow). */
type UntypedT = (key: string, options?: Record<string, unknown>) => string;

const cache = new Map<Locale, Translator>();

function createTranslator(locale: Locale): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    resources: i18nResources,
    lng: locale,
    fallbackLng: 'nl',
    ns: Object.keys(i18nResources.nl),
    defaultNS: 'common',
    initAsync: false,
    // Documents, CSV and calendar files are not HTML: a name like "A & B" must stay as typed.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const raw = instance.t.bind(instance) as unknown as UntypedT;
  return { locale, t: (key, values) => raw(key, values ? { ...values } : undefined) };
}

/** The translator for a language setting ('en' → English, anything else → Dutch). */
export function translatorFor(language: string | null | undefined): Translator {
  const locale = localeOf(language);
  let translator = cache.get(locale);
  if (!translator) {
    translator = createTranslator(locale);
    cache.set(locale, translator);
  }
  return translator;
}

/** Shorthand for one text. */
export function translate(language: string | null | undefined, key: TextKey, values?: TextValues): string {
  return translatorFor(language).t(key, values);
}
