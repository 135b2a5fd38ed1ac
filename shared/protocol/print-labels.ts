import { byLocale, type Locale } from '../i18n/locale';
import { i18nResources } from '../i18n/resources';
import type { PrintTexts } from '../i18n/texts';
import type {
  ChannelKind,
  EndResponsibility,
  OutsourcingKind,
  PublicChannelKind,
  StakeholderGroup,
  SummaryFrequency,
} from './schema';
import type { Capacity, PersonUsage } from './usages';

/**
 * The printed protocol's and call list's words, read from the catalogue (namespace 'print' in
 * shared/i18n/{nl,en}/print.ts) so the editor, the printout and the CSV say the same thing. This
 * module keeps the per-language views the printers and the protocol editor index by enum value,
 * and the two sentences that are built from parts. Texts with a value (the work card's "Matrix:
 * {{nature}}") are read with the translator.
 */
export type PrintLanguage = Locale;
export type PrintLabels = PrintTexts;

const perLanguage = <T>(pickOut: (texts: PrintTexts) => T): Readonly<Record<Locale, T>> => ({
  nl: pickOut(i18nResources.nl.print),
  en: pickOut(i18nResources.en.print),
});

export const PRINT_LABELS: Readonly<Record<Locale, PrintLabels>> = perLanguage((p) => p);
export const GROUP_LABELS: Readonly<Record<Locale, Record<StakeholderGroup, string>>> = perLanguage(
  (p) => p.groups,
);
export const OUTSOURCING_KIND_LABELS: Readonly<Record<Locale, Record<OutsourcingKind, string>>> = perLanguage(
  (p) => p.outsourcingKinds,
);
export const END_RESPONSIBILITY_LABELS: Readonly<Record<Locale, Record<EndResponsibility, string>>> =
  perLanguage((p) => p.endResponsibilities);
export const CHANNEL_KIND_LABELS: Readonly<Record<Locale, Record<ChannelKind, string>>> = perLanguage(
  (p) => p.channelKinds,
);
export const PUBLIC_CHANNEL_KIND_LABELS: Readonly<Record<Locale, Record<PublicChannelKind, string>>> =
  perLanguage((p) => p.publicChannelKinds);
export const FREQUENCY_LABELS: Readonly<Record<Locale, Record<SummaryFrequency, string>>> = perLanguage(
  (p) => p.frequencies,
);
/** The work card ("werkkaart") of the printed protocol: the matrix, the ten actions, the media tips. */
export const WORK_CARD_LABELS: Readonly<Record<Locale, PrintTexts['workCard']>> = perLanguage(
  (p) => p.workCard,
);

export function capacityLabel(capacity: Capacity, language: PrintLanguage): string {
  const l = byLocale(language, PRINT_LABELS);
  return capacity === 'responsible' ? l.responsible : capacity === 'deputy' ? l.deputy : l.owner;
}

/** One line of "what this person is on the list for", e.g. "Crisisteam: ICT (vervanger)". */
export function describeUsage(usage: PersonUsage, language: PrintLanguage): string {
  const l = byLocale(language, PRINT_LABELS);
  const cap = capacityLabel(usage.capacity, language).toLowerCase();
  const c = usage.context;
  switch (c.kind) {
    case 'crisisRole':
      return `${l.usageCrisisRole}: ${c.itemName} (${cap})`;
    case 'endResponsible':
      return `${l.usageEndResponsible}: ${l.endResponsibilities[c.itemId]}`;
    case 'system':
      return `${l.usageSystem}: ${c.itemName} (${cap})`;
    case 'bcpOwner':
      return l.usageBcp;
    case 'stakeholder':
      return `${l.usageStakeholder} ${c.itemName} (${cap})`;
    case 'media':
      return `${l.usageMedia}: ${c.itemName} (${cap})`;
    case 'escalationOwner':
      return `${l.usageEscalation}: ${truncate(c.itemName, 60)}`;
  }
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
