import type { Audience, Nature, Phase, Visibility } from '../model/vocabulary';

/** The interface speaks Dutch by default and English as a second language (DESIGN.md §2). */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** One text in both interface languages; every user-facing string in shared/ carries both. */
export type Localized = { readonly nl: string; readonly en: string };

/**
 * `short` fits a board column or row header read from the back of the room;
 * `full` is for forms, tooltips and reports where there is room to be precise.
 */
export type TermLabel = { readonly short: Localized; readonly full: Localized };

export const AUDIENCE_LABELS: Readonly<Record<Audience, TermLabel>> = {
  internal: {
    short: { nl: 'Intern', en: 'Internal' },
    full: { nl: 'Binnen de eigen organisatie', en: 'Within our own organisation' },
  },
  outsourcingPartners: {
    short: { nl: 'Uitbesteding', en: 'Outsourcing' },
    full: { nl: 'Uitbestedingspartners', en: 'Outsourcing partners' },
  },
  chainPartners: {
    short: { nl: 'Ketenpartners', en: 'Chain partners' },
    full: { nl: 'Keten- en netwerkpartners', en: 'Chain and network partners' },
  },
  customers: {
    short: { nl: 'Klanten', en: 'Customers' },
    full: { nl: 'Klanten en afnemers', en: 'Customers and clients' },
  },
  public: {
    short: { nl: 'Publiek', en: 'Public' },
    full: { nl: 'Het publiek', en: 'The general public' },
  },
};

export const PHASE_LABELS: Readonly<Record<Phase, TermLabel>> = {
  negativePublicityOnly: {
    short: { nl: 'Alleen publiciteit', en: 'Publicity only' },
    full: { nl: 'Uitsluitend negatieve publiciteit', en: 'Negative publicity only' },
  },
  problemUnclear: {
    short: { nl: 'Probleem onduidelijk', en: 'Problem unclear' },
    full: { nl: 'Het probleem is nog onduidelijk', en: 'The problem is not yet understood' },
  },
  problemClear: {
    short: { nl: 'Probleem duidelijk', en: 'Problem clear' },
    full: { nl: 'Het probleem is duidelijk', en: 'The problem is understood' },
  },
  solutionClear: {
    short: { nl: 'Oplossing duidelijk', en: 'Solution clear' },
    full: { nl: 'De oplossing is bekend', en: 'The solution is known' },
  },
  solutionImplemented: {
    short: { nl: 'Opgelost', en: 'Resolved' },
    full: {
      nl: 'Oplossing en eventueel herstel doorgevoerd',
      en: 'Solution and any recovery carried out',
    },
  },
  aftercare: {
    short: { nl: 'Nazorg', en: 'Aftercare' },
    full: { nl: 'Nazorg', en: 'Aftercare' },
  },
};

export const NATURE_LABELS: Readonly<Record<Nature, TermLabel>> = {
  negativePublicity: {
    short: { nl: 'Negatieve publiciteit', en: 'Negative publicity' },
    full: {
      nl: 'Negatieve of onthullende publieke uitingen over de organisatie',
      en: 'Negative or revealing public statements about the organisation',
    },
  },
  generalThreat: {
    short: { nl: 'Algemene dreiging', en: 'General threat' },
    full: {
      nl: 'Algemene dreiging die ook de organisatie raakt',
      en: 'General threat that also affects the organisation',
    },
  },
  targetedThreat: {
    short: { nl: 'Gerichte aanval', en: 'Targeted attack' },
    full: {
      nl: 'Gerichte dreiging of aanval op de organisatie',
      en: 'Threat or attack aimed at the organisation',
    },
  },
  unavailability: {
    short: { nl: 'Onbeschikbaar', en: 'Unavailability' },
    full: {
      nl: 'Incident waarbij systemen of diensten niet beschikbaar zijn',
      en: 'Incident in which systems or services are unavailable',
    },
  },
  dataBreach: {
    short: { nl: 'Datalek', en: 'Data breach' },
    full: { nl: 'Incident met een datalek', en: 'Incident involving a data breach' },
  },
  dataManipulation: {
    short: { nl: 'Manipulatie', en: 'Manipulation' },
    full: {
      nl: 'Incident waarbij (persoons)gegevens zijn gemanipuleerd',
      en: 'Incident in which (personal) data has been tampered with',
    },
  },
};

export const VISIBILITY_LABELS: Readonly<Record<Visibility, TermLabel>> = {
  certain: {
    short: { nl: 'Zeker', en: 'Certain' },
    full: { nl: 'Zeker zichtbaar of merkbaar', en: 'Certainly visible or noticeable' },
  },
  likely: {
    short: { nl: 'Waarschijnlijk', en: 'Likely' },
    full: { nl: 'Waarschijnlijk zichtbaar of merkbaar', en: 'Probably visible or noticeable' },
  },
  no: {
    short: { nl: 'Niet', en: 'No' },
    full: { nl: 'Niet zichtbaar of merkbaar', en: 'Not visible or noticeable' },
  },
};
