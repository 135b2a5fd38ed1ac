import type { LogEntry } from '../../../../shared/log/entry-schema';
import { fieldText } from './log-format';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** i18n prefix of the names of a coded field's values; the room reads "Negatief", not "negative". */
const CODED: Record<string, string> = {
  tone: 'observation.tones',
  regulator: 'regulator.regulators',
  notificationType: 'regulator.types',
};

/** A field's value in words: yes/no for flags, names for codes, otherwise as log-format shows it. */
export function valueText(entry: LogEntry, field: string, t: Translate): string {
  const value = (entry as Record<string, unknown>)[field];
  if (typeof value === 'boolean') return value ? t('correction.yes') : t('correction.no');
  const prefix = CODED[field];
  if (prefix && typeof value === 'string') return t(`${prefix}.${value}`);
  return fieldText(entry, field);
}
