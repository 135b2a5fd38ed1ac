import type { TFunction } from 'i18next';
import { describeSubject } from '../../../../shared/log/describe';
import type { DecisionSubject, LogEntry } from '../../../../shared/log/entry-schema';
import { NOTIFICATION_TYPE_LABELS, REGULATOR_LABELS, TONE_LABELS } from '../../../../shared/log/labels';
import { AUDIENCE_LABELS, type Locale, type Localized, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { fieldText } from './log-format';

type Translate = TFunction<'log'>;

/**
 * The names of a coded field's values, from the shared tables the board, the CSV and the reports
 * use too, so the log page never says "supervisor" where the board says "sectortoezichthouder".
 */
const CODED: Readonly<Record<string, Readonly<Record<string, Localized>>>> = {
  tone: TONE_LABELS,
  regulator: REGULATOR_LABELS,
  notificationType: NOTIFICATION_TYPE_LABELS,
  audience: Object.fromEntries(Object.entries(AUDIENCE_LABELS).map(([k, v]) => [k, v.full])),
  phase: Object.fromEntries(Object.entries(PHASE_LABELS).map(([k, v]) => [k, v.short])),
  forPhase: Object.fromEntries(Object.entries(PHASE_LABELS).map(([k, v]) => [k, v.short])),
};

/** "vroegtijdige waarschuwing" → "Vroegtijdige waarschuwing": a value standing on its own. */
export const capital = (text: string): string => text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);

/** The label of one value of a coded field, capitalised as a choice in a list; undefined for free text. */
export function codedLabel(field: string, value: string, locale: Locale): string | undefined {
  const label = CODED[field]?.[value]?.[locale];
  return label === undefined ? undefined : capital(label);
}

/** A field's value in words: yes/no for flags, labels for codes, otherwise as log-format shows it. */
export function valueText(entry: LogEntry, field: string, t: Translate, locale: Locale): string {
  const value = (entry as Record<string, unknown>)[field];
  if (typeof value === 'boolean') return value ? t('correction.yes') : t('correction.no');
  if (typeof value === 'string') {
    const label = codedLabel(field, value, locale);
    if (label !== undefined) return label;
  }
  // a decision's subject is structure, not text: written out, as the row itself does
  if (field === 'subject' && value && typeof value === 'object') {
    return describeSubject(value as DecisionSubject, locale);
  }
  return fieldText(entry, field);
}
