import type { ActionNumber, LegalClockId } from '../model/vocabulary';
import type { Localized } from './labels';

/**
 * What a message for an action must contain. The board turns these into a short checklist beside
 * the log button, and the report uses them to explain what each action asked for.
 */
export type ActionContent =
  | 'processInfo' // how the investigation or approach is organised, who is on it, next contact
  | 'facts' // what has been established about the problem itself
  | 'forecast' // an expected time for resolution or restoration, always with a margin
  | 'updateSchedule' // when and where the next update will appear
  | 'restorationNotice' // how the audience will learn that service is back
  | 'mitigations' // measures taken to contain the threat
  | 'resolution' // the statement that the problem is solved
  | 'resumeInstructions' // what to do or watch for when using the service again
  | 'residualQuestions'; // whether anything is still unclear to the audience

/**
 * `direct`: told to the audience through the protocol's contacts and channels.
 * `publication`: published through own channels (website, intranet), the press or social media.
 * `procedure`: an internal procedure that must be started; contact with the audience follows from it.
 */
export type ActionMode = 'direct' | 'publication' | 'procedure';

export interface ActionDefinition {
  readonly number: ActionNumber;
  /** a few words, fits in a board cell next to the number */
  readonly label: Localized;
  /** what the action means, in the project's own words (the handreiking is CC BY-SA; we use its facts) */
  readonly description: Localized;
  readonly mode: ActionMode;
  readonly contents: readonly ActionContent[];
  /** when set, the action only applies if this holds; the operator may log it as not applicable otherwise */
  readonly condition?: Localized;
  /** a legal notification clock the action is tied to; the board shows that clock beside it */
  readonly legalClock?: LegalClockId;
}

export const ACTIONS: readonly ActionDefinition[] = [
  {
    number: 1,
    label: { nl: 'Aanpak toelichten', en: 'Explain the approach' },
    description: {
      nl: 'Vertel deze doelgroep hoe het onderzoek naar het probleem is georganiseerd: wie eraan werkt, welke stappen volgen en wanneer zij weer iets horen. Inhoudelijke conclusies volgen later.',
      en: 'Tell this audience how the investigation into the problem is organised: who is working on it, which steps come next and when they will hear from us again. Conclusions about the substance come later.',
    },
    mode: 'direct',
    contents: ['processInfo'],
  },
  {
    number: 2,
    label: { nl: 'Feiten delen', en: 'Share the facts' },
    description: {
      nl: 'Informeer deze doelgroep over de inhoud: wat er is vastgesteld over het probleem. Houd het bij bevestigde feiten.',
      en: 'Brief this audience on the substance: what has been established about the problem. Keep to confirmed facts.',
    },
    mode: 'direct',
    contents: ['facts'],
  },
  {
    number: 3,
    label: { nl: 'Publiceren: alleen aanpak', en: 'Publish: approach only' },
    description: {
      nl: 'Breng een kort nieuwsbericht naar buiten via de eigen kanalen, de pers en/of sociale media. Beperk je tot de aanpak en het verloop; nog geen inhoudelijke details.',
      en: 'Put out a short news item through our own channels, the press and/or social media. Limit it to the approach and progress; no details of substance yet.',
    },
    mode: 'publication',
    contents: ['processInfo'],
  },
  {
    number: 4,
    label: { nl: 'Publiceren: aanpak en feiten', en: 'Publish: approach and facts' },
    description: {
      nl: 'Breng een nieuwsbericht naar buiten via de eigen kanalen, de pers en/of sociale media met de aanpak én de vastgestelde feiten. Noem waar het kan een verwachting en zeg wanneer de volgende update komt.',
      en: 'Put out a news item through our own channels, the press and/or social media covering both the approach and the established facts. Where possible give an expectation and say when the next update will follow.',
    },
    mode: 'publication',
    contents: ['processInfo', 'facts', 'forecast', 'updateSchedule'],
  },
  {
    number: 5,
    label: { nl: 'Herstelbericht aankondigen', en: 'Announce restoration notice' },
    description: {
      nl: 'Laat deze doelgroep weten langs welke weg zij hoort dat alles weer beschikbaar is. Is de hersteltijd redelijk zeker, geef dan een verwachte tijd, met een ruime marge en een voorbehoud.',
      en: 'Let this audience know how they will hear that everything is available again. If the repair time is reasonably certain, give an expected time, with a generous margin and a caveat.',
    },
    mode: 'direct',
    contents: ['restorationNotice', 'forecast'],
  },
  {
    number: 6,
    label: { nl: 'Datalekprocedure starten', en: 'Start data-breach procedure' },
    description: {
      nl: 'Start de procedure voor de melding van een datalek, als dat nog niet gebeurd is. Blijkt het werkelijk een datalek, informeer dan de getroffen personen en meld het bij de Autoriteit Persoonsgegevens, uiterlijk 72 uur na ontdekking.',
      en: 'Start the data-breach notification procedure if that has not happened yet. If it turns out to be a genuine breach, inform the people affected and notify the Dutch Data Protection Authority (AP) within 72 hours of discovery.',
    },
    mode: 'procedure',
    contents: ['facts'],
    condition: {
      nl: 'Alleen als de procedure nog niet loopt; melden bij de AP alleen bij een werkelijk datalek.',
      en: 'Only if the procedure is not yet running; notify the AP only for a genuine breach.',
    },
    legalClock: 'apDataBreach72h',
  },
  {
    number: 7,
    label: { nl: 'Maatregelen melden', en: 'Report measures taken' },
    description: {
      nl: 'Vertel deze doelgroep welke maatregelen zijn genomen om de dreiging in te dammen.',
      en: 'Tell this audience which measures have been taken to contain the threat.',
    },
    mode: 'direct',
    contents: ['mitigations'],
  },
  {
    number: 8,
    label: { nl: 'Oplossing melden', en: 'Report the fix' },
    description: {
      nl: 'Laat deze doelgroep weten dat het probleem verholpen is.',
      en: 'Let this audience know that the problem has been fixed.',
    },
    mode: 'direct',
    contents: ['resolution'],
  },
  {
    number: 9,
    label: { nl: 'Instructies voor hervatten', en: 'Instructions for resuming' },
    description: {
      nl: 'Geef deze doelgroep, als dat nodig is, aanwijzingen voor wat zij moet doen of waarop zij moet letten wanneer zij het systeem of de dienst weer gaat gebruiken.',
      en: 'Where needed, tell this audience what to do or watch out for when they start using the system or service again.',
    },
    mode: 'direct',
    contents: ['resumeInstructions'],
    condition: {
      nl: 'Alleen als er bij het hervatten iets bijzonders te doen of te weten is.',
      en: 'Only if resuming use requires something particular to be done or known.',
    },
  },
  {
    number: 10,
    label: { nl: 'Restvragen nagaan', en: 'Check for open questions' },
    description: {
      nl: 'Ga na of er bij deze doelgroep nog zaken onduidelijk zijn, desnoods met een steekproef, en neem die onduidelijkheid weg.',
      en: 'Find out whether anything is still unclear to this audience, by sampling if need be, and clear it up.',
    },
    mode: 'direct',
    contents: ['residualQuestions'],
  },
];

const BY_NUMBER = new Map<number, ActionDefinition>(ACTIONS.map((a) => [a.number, a]));

/** The definition of an action number from the matrix or a log entry; undefined outside 1–10. */
export function actionDefinition(action: number): ActionDefinition | undefined {
  return BY_NUMBER.get(action);
}
