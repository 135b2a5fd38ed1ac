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
 * Texts for the printed protocol and the call list, in the project's own words (DESIGN.md §2).
 * Kept beside the model rather than in the UI's i18n files because the main process prints
 * without loading the renderer's translations.
 */
export type PrintLanguage = 'nl' | 'en';

const nl = {
  documentTitle: 'Crisiscommunicatieprotocol',
  subtitle: 'Ketencommunicatie bij crises — voor de crisismap',
  confidential: 'Vertrouwelijk: bevat privételefoonnummers. Bewaren in de crisismap, niet verspreiden.',
  documentVersion: 'Versie van het protocol',
  schemaVersion: 'Gegevensformaat',
  lastUpdate: 'Protocol laatst bijgewerkt',
  generatedAt: 'Afgedrukt op',
  appVersion: 'Ketenbord-versie',
  notFilled: 'niet ingevuld',
  nobody: '— niemand aangewezen —',
  none: 'Geen.',
  page: 'Pagina',
  of: 'van',
  yes: 'ja',
  no: 'nee',
  phoneWork: 'Werk',
  phonePrivate: 'Privé',
  phoneMobile: 'Mobiel',
  email: 'E-mail',
  sectionCrisisTeam: 'Crisisteam en bellijst',
  crisisTeamIntro: 'Bel eerst de verantwoordelijke; neem bij geen gehoor contact op met de vervanger.',
  role: 'Rol',
  functionTitle: 'Functie',
  department: 'Afdeling',
  responsible: 'Verantwoordelijke',
  deputy: 'Vervanger',
  owner: 'Eigenaar',
  partnersInTeam: 'Keten- en uitbestedingspartners in het crisisteam',
  sectionEndResponsibles: 'Eindverantwoordelijken',
  responsibility: 'Verantwoordelijkheid',
  person: 'Persoon',
  sectionCallList: 'Alle contactpersonen',
  callListIntro: 'Iedereen die in dit protocol een taak heeft, met alle nummers.',
  name: 'Naam',
  tasks: 'Taken in dit protocol',
  numbers: 'Telefoon en e-mail',
  sectionSystems: 'Cruciale informatiesystemen',
  system: 'Systeem',
  description: 'Omschrijving',
  dependencies: 'Afhankelijkheden',
  dependsOn: 'Hangt af van',
  impact: 'Wat er uitvalt',
  notifyWithin: 'Ketenpartners informeren binnen',
  sectionBcp: 'Business Continuity Plan',
  bcpDocument: 'Document',
  bcpLocation: 'Vindplaats',
  bcpOwner: 'BCM-verantwoordelijke',
  sectionStakeholders: 'Stakeholders',
  organisation: 'Organisatie',
  contacts: 'Contactpersonen',
  agreements: 'Afspraken en verplichtingen',
  timeliness: 'Tijdigheid',
  impactOfOutage: 'Gevolgen van uitval',
  channels: 'Kanalen',
  inCrisisTeam: 'In crisisteam',
  kind: 'Soort',
  sectionChannels: 'Communicatiekanalen per stakeholder',
  stakeholder: 'Stakeholder',
  publicChannels: 'Eigen kanalen voor klanten en publiek',
  channel: 'Kanaal',
  address: 'Adres',
  audiences: 'Voor',
  customers: 'klanten/afnemers',
  public: 'publiek',
  sectionMedia: 'Monitoring van publieke communicatie',
  medium: 'Medium',
  mediaTasks: 'Taken',
  taskFollow: 'volgt wat er over ons verschijnt',
  taskSummary: 'maakt een samenvatting',
  taskAlert: 'alarmeert de lijn bij een plotselinge toename van negatieve berichten',
  sectionEscalation: 'Opschalingsafspraken met CIO en CISO',
  condition: 'Voorwaarde',
  agreedOn: 'Afgesproken op',
  sectionExercise: 'Oefening en actualisering',
  lastExercise: 'Laatste oefening',
  lastProtocolUpdate: 'Laatste actualisering protocol',
  nextExercise: 'Volgende oefening',
  location: 'Locatie',
  allDay: 'hele dag',
  minutes: 'minuten',
  hours: 'uur',
  days: 'dagen',
  usageCrisisRole: 'Crisisteam',
  usageEndResponsible: 'Eindverantwoordelijke',
  usageSystem: 'Systeem',
  usageBcp: 'BCM-verantwoordelijke',
  usageStakeholder: 'Contact voor',
  usageMedia: 'Monitoring',
  usageEscalation: 'Opschalingsafspraak',
};

type Labels = typeof nl;

const en: Labels = {
  documentTitle: 'Crisis communication protocol',
  subtitle: 'Chain communication in a crisis — for the crisis binder',
  confidential: 'Confidential: contains private phone numbers. Keep in the crisis binder, do not distribute.',
  documentVersion: 'Protocol version',
  schemaVersion: 'Data format',
  lastUpdate: 'Protocol last updated',
  generatedAt: 'Printed on',
  appVersion: 'Ketenbord version',
  notFilled: 'not filled in',
  nobody: '— nobody named —',
  none: 'None.',
  page: 'Page',
  of: 'of',
  yes: 'yes',
  no: 'no',
  phoneWork: 'Work',
  phonePrivate: 'Private',
  phoneMobile: 'Mobile',
  email: 'E-mail',
  sectionCrisisTeam: 'Crisis team and call list',
  crisisTeamIntro: 'Call the responsible person first; if there is no answer, call the deputy.',
  role: 'Role',
  functionTitle: 'Function',
  department: 'Department',
  responsible: 'Responsible',
  deputy: 'Deputy',
  owner: 'Owner',
  partnersInTeam: 'Chain and outsourcing partners in the crisis team',
  sectionEndResponsibles: 'Ultimately responsible',
  responsibility: 'Responsibility',
  person: 'Person',
  sectionCallList: 'All contacts',
  callListIntro: 'Everyone with a task in this protocol, with all numbers.',
  name: 'Name',
  tasks: 'Tasks in this protocol',
  numbers: 'Phone and e-mail',
  sectionSystems: 'Critical information systems',
  system: 'System',
  description: 'Description',
  dependencies: 'Dependencies',
  dependsOn: 'Depends on',
  impact: 'What breaks',
  notifyWithin: 'Inform chain partners within',
  sectionBcp: 'Business Continuity Plan',
  bcpDocument: 'Document',
  bcpLocation: 'Location',
  bcpOwner: 'BCM owner',
  sectionStakeholders: 'Stakeholders',
  organisation: 'Organisation',
  contacts: 'Contacts',
  agreements: 'Agreements and obligations',
  timeliness: 'Timeliness',
  impactOfOutage: 'Impact of an outage',
  channels: 'Channels',
  inCrisisTeam: 'In crisis team',
  kind: 'Kind',
  sectionChannels: 'Communication channels per stakeholder',
  stakeholder: 'Stakeholder',
  publicChannels: 'Own channels for customers and the public',
  channel: 'Channel',
  address: 'Address',
  audiences: 'For',
  customers: 'customers',
  public: 'public',
  sectionMedia: 'Monitoring of public communication',
  medium: 'Medium',
  mediaTasks: 'Tasks',
  taskFollow: 'follows what is said about us',
  taskSummary: 'writes a summary',
  taskAlert: 'alerts the line on a sudden rise of negative coverage',
  sectionEscalation: 'Escalation conditions agreed with CIO and CISO',
  condition: 'Condition',
  agreedOn: 'Agreed on',
  sectionExercise: 'Exercise and upkeep',
  lastExercise: 'Last exercise',
  lastProtocolUpdate: 'Last protocol update',
  nextExercise: 'Next exercise',
  location: 'Location',
  allDay: 'all day',
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  usageCrisisRole: 'Crisis team',
  usageEndResponsible: 'Ultimately responsible',
  usageSystem: 'System',
  usageBcp: 'BCM owner',
  usageStakeholder: 'Contact for',
  usageMedia: 'Monitoring',
  usageEscalation: 'Escalation condition',
};

export const PRINT_LABELS: Record<PrintLanguage, Labels> = { nl, en };
export type PrintLabels = Labels;

export const GROUP_LABELS: Record<PrintLanguage, Record<StakeholderGroup, string>> = {
  nl: {
    chainPartner: 'Keten- en netwerkpartners',
    outsourcingPartner: 'Uitbestedingspartners',
    otherStakeholder: 'Overige stakeholders',
  },
  en: {
    chainPartner: 'Chain and network partners',
    outsourcingPartner: 'Outsourcing partners',
    otherStakeholder: 'Other stakeholders',
  },
};

export const OUTSOURCING_KIND_LABELS: Record<PrintLanguage, Record<OutsourcingKind, string>> = {
  nl: {
    ictProvider: 'ICT-dienstverlener',
    hosting: 'Hosting',
    cloud: 'Clouddienst',
    telephony: 'Telefonie',
    other: 'Overig',
  },
  en: {
    ictProvider: 'ICT provider',
    hosting: 'Hosting',
    cloud: 'Cloud service',
    telephony: 'Telephony',
    other: 'Other',
  },
};

export const END_RESPONSIBILITY_LABELS: Record<PrintLanguage, Record<EndResponsibility, string>> = {
  nl: {
    crisisManagement: 'Crisismanagement',
    internalCommunication: 'Interne communicatie',
    externalCommunication: 'Externe communicatie',
    cio: 'ICT (CIO)',
    ciso: 'Informatiebeveiliging (CISO)',
    soc: 'Security Operations Center (SOC)',
  },
  en: {
    crisisManagement: 'Crisis management',
    internalCommunication: 'Internal communication',
    externalCommunication: 'External communication',
    cio: 'ICT (CIO)',
    ciso: 'Information security (CISO)',
    soc: 'Security Operations Centre (SOC)',
  },
};

export const CHANNEL_KIND_LABELS: Record<PrintLanguage, Record<ChannelKind, string>> = {
  nl: {
    phone: 'Telefoon',
    email: 'E-mail',
    letter: 'Brief',
    newsletter: 'Nieuwsbrief',
    socialMedia: 'Social media',
    other: 'Eigen kanaal',
  },
  en: {
    phone: 'Phone',
    email: 'E-mail',
    letter: 'Letter',
    newsletter: 'Newsletter',
    socialMedia: 'Social media',
    other: 'Own channel',
  },
};

export const PUBLIC_CHANNEL_KIND_LABELS: Record<PrintLanguage, Record<PublicChannelKind, string>> = {
  nl: {
    website: 'Website',
    socialMedia: 'Social media',
    newsletter: 'Nieuwsbrief',
    pressRelease: 'Persbericht',
    phoneLine: 'Telefoonlijn',
    app: 'App',
    other: 'Overig',
  },
  en: {
    website: 'Website',
    socialMedia: 'Social media',
    newsletter: 'Newsletter',
    pressRelease: 'Press release',
    phoneLine: 'Phone line',
    app: 'App',
    other: 'Other',
  },
};

export const FREQUENCY_LABELS: Record<PrintLanguage, Record<SummaryFrequency, string>> = {
  nl: { daily: 'dagelijks', weekly: 'wekelijks', biweekly: 'tweewekelijks', monthly: 'maandelijks' },
  en: { daily: 'daily', weekly: 'weekly', biweekly: 'fortnightly', monthly: 'monthly' },
};

export function capacityLabel(capacity: Capacity, language: PrintLanguage): string {
  const l = PRINT_LABELS[language];
  return capacity === 'responsible' ? l.responsible : capacity === 'deputy' ? l.deputy : l.owner;
}

/** One line of "what this person is on the list for", e.g. "Crisisteam: ICT (vervanger)". */
export function describeUsage(usage: PersonUsage, language: PrintLanguage): string {
  const l = PRINT_LABELS[language];
  const cap = capacityLabel(usage.capacity, language).toLowerCase();
  const c = usage.context;
  switch (c.kind) {
    case 'crisisRole':
      return `${l.usageCrisisRole}: ${c.itemName} (${cap})`;
    case 'endResponsible':
      return `${l.usageEndResponsible}: ${END_RESPONSIBILITY_LABELS[language][c.itemId]}`;
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

/** The work card ("werkkaart") of the printed protocol: the matrix, the ten actions, the media tips. */
export const WORK_CARD_LABELS = {
  nl: {
    title: 'Werkkaart',
    intro:
      'Voor als Ketenbord niet bereikbaar is. Zoek de tabel bij de aard van het incident, kies de rij van de fase waarin het probleem nu zit en lees per doelgroep welke acties aan de beurt zijn. Is het incident bij een doelgroep niet zichtbaar of merkbaar, dan hoeft daar niets.',
    matrixFor: (nature: string) => `Matrix: ${nature}`,
    ownMatrix: 'Dit is de eigen matrix van de organisatie.',
    cipMatrix: 'Dit is de matrix van CIP 2020.',
    phase: 'Fase',
    none: '—',
    actionsTitle: 'De tien acties',
    number: 'Nr.',
    action: 'Actie',
    meaning: 'Wat het inhoudt',
    condition: 'Alleen als',
    mediaTitle: 'Tips voor contact met de media',
    tip: 'Tip',
    explanation: 'Toelichting',
  },
  en: {
    title: 'Work card',
    intro:
      'For when Ketenbord cannot be reached. Find the table for the nature of the incident, take the row of the phase the problem is in now and read per audience which actions are due. Where the incident is not visible or noticeable to an audience, nothing is needed there.',
    matrixFor: (nature: string) => `Matrix: ${nature}`,
    ownMatrix: "This is the organisation's own matrix.",
    cipMatrix: 'This is the CIP 2020 matrix.',
    phase: 'Phase',
    none: '—',
    actionsTitle: 'The ten actions',
    number: 'No.',
    action: 'Action',
    meaning: 'What it means',
    condition: 'Only if',
    mediaTitle: 'Tips for dealing with the media',
    tip: 'Tip',
    explanation: 'Explanation',
  },
} as const;
