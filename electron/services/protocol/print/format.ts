import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { byLocale } from '../../../../shared/i18n/locale';
import { displayPhone } from '../../../../shared/protocol/phone';
import { PRINT_LABELS, type PrintLanguage } from '../../../../shared/protocol/print-labels';
import type { Person } from '../../../../shared/protocol/schema';

/** Formatting for the printed protocol: Amsterdam time, Dutch or British date words. */
const ZONE = 'Europe/Amsterdam';
const LOCALES = { nl, en: enGB } as const;

export function formatInstant(instant: Date, language: PrintLanguage): string {
  return format(
    new TZDate(instant.getTime(), ZONE),
    byLocale(language, { nl: "d MMMM yyyy 'om' HH:mm", en: 'd MMMM yyyy, HH:mm' }),
    {
      locale: LOCALES[language],
    },
  );
}

/** A stored calendar date (yyyy-mm-dd) in words; stored dates have no time zone to convert. */
export function formatDate(isoDate: string | null, language: PrintLanguage): string {
  if (isoDate === null) return PRINT_LABELS[language].notFilled;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), 'd MMMM yyyy', { locale: LOCALES[language] });
}

/**
 * A person as lines for a table cell: name, function and organisation, then every number. This is
 * the binder, read when the systems are down, so private numbers are printed in full.
 */
export function personLines(
  person: Person | undefined,
  language: PrintLanguage,
  ownOrganisation = '',
): string[] {
  const l = PRINT_LABELS[language];
  if (!person) return [l.nobody];
  const lines = [person.name];
  // Our own people are told apart by department; people elsewhere by their organisation.
  const external = person.organisation !== '' && person.organisation !== ownOrganisation;
  const where = [person.role, external ? person.organisation : person.department].filter(Boolean).join(', ');
  if (where) lines.push(where);
  const numbers: [string, string | undefined][] = [
    [l.phoneMobile, person.mobilePhone],
    [l.phoneWork, person.workPhone],
    [l.phonePrivate, person.privatePhone],
  ];
  for (const [label, value] of numbers) {
    if (value) lines.push(`${label}: ${displayPhone(value)}`);
  }
  // An address is recognisable without a label, and long ones then fit on one line.
  if (person.email) lines.push(person.email);
  return lines;
}
