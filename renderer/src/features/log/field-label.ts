import type { TFunction } from 'i18next';
import { log } from '../../../../shared/i18n/nl/log';

/** A log field that has a name in the catalogue (`log:correction.fields.*`). */
export type NamedField = keyof typeof log.correction.fields;

/** Whether a field name read from an entry or an API error has a label in the catalogue. */
export const isNamedField = (name: string): name is NamedField => Object.hasOwn(log.correction.fields, name);

/** A field's name in the reader's language; a field the catalogue does not know keeps its code. */
export const fieldLabel = (name: string, t: TFunction<'log'>): string =>
  isNamedField(name) ? t(`correction.fields.${name}`) : name;
