import type { Locale } from '../matrix/labels';
import type { ImprovementAction, ObjectiveVerdict } from './evaluation-schema';

/**
 * Texts of the evaluation-report parts (management summary, overview, objectives, findings,
 * recommendations, improvement plan, media picture, closing, approval, appendices), in the
 * project's own words. `w` holds the words that differ between an exercise and a real incident.
 */
const nl = {
  exerciseWords: { event: 'de oefening', Event: 'De oefening', scenario: 'Scenario', leader: 'Oefenleider' },
  incidentWords: {
    event: 'het incident',
    Event: 'Het incident',
    scenario: 'Wat er gebeurde',
    leader: 'Evaluatie geleid door',
  },
  titleIncidentEvaluation: 'Evaluatie van het incident',
  subtitleIncidentEvaluation: 'Verloop, communicatie en lessen uit het incident',
  notFilled: 'Nog niet ingevuld.',
  courseTitle: 'Verloop in het kort',
  management: {
    title: 'Managementsamenvatting',
    intro: (event: string) =>
      `De belangrijkste conclusies over ${event}, de sterkste punten en wat eerst beter moet. De onderbouwing staat in de hoofdstukken hierna.`,
    conclusions: 'Belangrijkste conclusies',
    objectivesTally: (achieved: number, partly: number, not: number, open: number) =>
      `Doelen: ${achieved} behaald, ${partly} deels behaald, ${not} niet behaald${open > 0 ? `, ${open} nog niet beoordeeld` : ''}.`,
    actionsTally: (done: number, late: number, missed: number, total: number) =>
      `Van de ${total} acties die de matrix vroeg zijn er ${done} op tijd gedaan, ${late} te laat en ${missed} niet of maar deels.`,
    topStrengths: 'Sterkste punten',
    topImprovements: 'Eerst te verbeteren',
    improvementPlan: (n: number, high: number) =>
      n === 0
        ? 'Er zijn nog geen verbeteracties vastgelegd.'
        : `Het verbeterplan telt ${n} ${n === 1 ? 'actie' : 'acties'}, waarvan ${high} met hoge prioriteit.`,
  },
  overview: {
    titleExercise: 'Overzicht van de oefening',
    titleIncident: 'Overzicht van het incident',
    date: 'Datum',
    type: 'Soort oefening',
    typeIncident: 'Soort evaluatie',
    organisations: 'Deelnemende organisaties',
    scope: 'Reikwijdte',
    method: 'Werkwijze',
    participants: 'Deelnemers',
    participantsCount: (n: number, observers: number) =>
      `${n} deelnemers, ${observers} waarnemers (namen in bijlage A)`,
    norm: 'Norm voor op tijd',
    nextExercise: 'Volgende oefening',
  },
  objectives: {
    title: 'Doelen en bevindingen',
    intro: 'Per doel het oordeel van de evaluator en wat daarvoor is waargenomen.',
    objective: 'Doel',
    verdict: 'Oordeel',
    findings: 'Bevindingen',
    none: 'Er zijn geen doelen vastgelegd.',
    verdicts: {
      achieved: 'behaald',
      partlyAchieved: 'deels behaald',
      notAchieved: 'niet behaald',
    } satisfies Record<ObjectiveVerdict, string>,
    notJudged: 'nog niet beoordeeld',
  },
  findings: {
    title: 'Sterke punten en verbeterpunten',
    titleLessons: 'Lessen: wat goed ging en wat beter moet',
    intro: 'Gegroepeerd per doel waar ze bij horen.',
    strengths: 'Sterke punten',
    pointsToImprove: 'Verbeterpunten',
    general: 'Niet aan één doel gebonden',
    objectiveRef: (n: number, text: string) => `Doel ${n}: ${text}`,
  },
  recommendations: {
    title: 'Aanbevelingen',
    none: 'Er zijn geen aanbevelingen vastgelegd.',
  },
  plan: {
    title: 'Verbeterplan',
    intro: 'Wat er gaat veranderen, wie het doet en wanneer het klaar is.',
    finding: 'Bevinding',
    action: 'Actie',
    owner: 'Eigenaar',
    organisation: 'Organisatie',
    start: 'Start',
    due: 'Gereed',
    status: 'Status',
    priority: 'Prioriteit',
    none: 'Er zijn geen verbeteracties vastgelegd.',
    statuses: {
      planned: 'gepland',
      inProgress: 'loopt',
      done: 'afgerond',
      dropped: 'vervallen',
    } satisfies Record<ImprovementAction['status'], string>,
    priorities: { high: 'hoog', medium: 'middel', low: 'laag' } satisfies Record<
      ImprovementAction['priority'],
      string
    >,
  },
  protocol: {
    title: 'Aanpassingen van het protocol',
    snapshotTitle: (event: string) => `Tekortkomingen in het protocol ten tijde van ${event}`,
    readiness: (met: number, checks: number, at: string) =>
      `Gereedheid van het protocol: ${met} van ${checks} controles in orde (${Math.round((met / Math.max(1, checks)) * 100)}%, vastgelegd ${at}).`,
  },
  media: {
    title: 'Mediabeeld',
    intro:
      'Wat er in de media en op sociale media over het incident verscheen, zoals het in het logboek is vastgelegd als waarneming met medium of toon. Een medium zonder naam staat als "niet genoemd".',
    none: 'In het logboek staan geen waarnemingen van media.',
    medium: 'Medium',
    positive: 'Positief',
    neutral: 'Neutraal',
    negative: 'Negatief',
    unknown: 'Toon onbekend',
    total: 'Totaal',
    unnamed: 'niet genoemd',
    overTime: 'Verloop per fase',
    phase: 'Fase',
    observations: 'Waarnemingen',
    latest: 'Laatste waarnemingen',
  },
  closing: {
    title: 'Afronding per doelgroep',
    intro:
      'Of bij elke doelgroep is nagegaan wat nog onduidelijk was (actie 10) en wat dat opleverde, en welke keten- en uitbestedingspartners een afsluitend bericht en dank kregen.',
    action10Title: 'Restvragen nagaan (actie 10)',
    audience: 'Doelgroep',
    status: 'Uit het logboek',
    outcome: 'Uitkomst',
    noOutcome: '–',
    notAsked: 'niet gevraagd door de matrix',
    partnersTitle: 'Afsluitend bericht en dank per partner',
    partnersIntro:
      'Als afsluitend bericht telt een bericht aan de organisatie in de nazorgfase, of een bericht voor actie 8 (oplossing melden) of actie 10.',
    partner: 'Partner',
    group: 'Soort',
    received: 'Afsluitend bericht',
    yes: (at: string) => `ja, ${at}`,
    no: 'nee',
    excluded: 'uitgesloten voor dit incident',
    noPartners: 'Het protocol noemt geen keten- of uitbestedingspartners.',
    groups: { chainPartners: 'ketenpartner', outsourcingPartners: 'uitbestedingspartner' },
  },
  approval: {
    title: 'Vaststelling',
    intro: 'Dit rapport is vastgesteld door:',
    by: 'Vastgesteld door',
    role: 'Functie',
    on: 'Datum',
    signature: 'Handtekening',
    blank: '……………………………………',
  },
  annex: {
    participantsTitle: 'Bijlage A: deelnemers en waarnemers',
    notesTitle: 'Bijlage B: notities van waarnemers',
    logTitle: 'Bijlage C: het volledige communicatielogboek',
    name: 'Naam',
    role: 'Rol',
    observer: 'waarnemer',
    organisation: 'Organisatie',
    none: 'Niets vastgelegd.',
  },
  ratings: {
    title: 'Beoordeling per aanbevolen actie',
  },
};

export type EvaluationLabels = typeof nl;

const en: EvaluationLabels = {
  exerciseWords: {
    event: 'the exercise',
    Event: 'The exercise',
    scenario: 'Scenario',
    leader: 'Exercise leader',
  },
  incidentWords: {
    event: 'the incident',
    Event: 'The incident',
    scenario: 'What happened',
    leader: 'Evaluation led by',
  },
  titleIncidentEvaluation: 'Incident evaluation',
  subtitleIncidentEvaluation: 'Course of the incident, communication and lessons learned',
  notFilled: 'Not filled in yet.',
  courseTitle: 'The course at a glance',
  management: {
    title: 'Management summary',
    intro: (event: string) =>
      `The main conclusions about ${event}, the strongest points and what needs improving first. The chapters that follow give the evidence.`,
    conclusions: 'Main conclusions',
    objectivesTally: (achieved: number, partly: number, not: number, open: number) =>
      `Objectives: ${achieved} achieved, ${partly} partly achieved, ${not} not achieved${open > 0 ? `, ${open} not yet assessed` : ''}.`,
    actionsTally: (done: number, late: number, missed: number, total: number) =>
      `Of the ${total} actions the matrix asked for, ${done} were done on time, ${late} late and ${missed} not or only partly.`,
    topStrengths: 'Strongest points',
    topImprovements: 'To improve first',
    improvementPlan: (n: number, high: number) =>
      n === 0
        ? 'No improvement actions have been recorded yet.'
        : `The improvement plan has ${n} ${n === 1 ? 'action' : 'actions'}, ${high} of them high priority.`,
  },
  overview: {
    titleExercise: 'Exercise overview',
    titleIncident: 'Incident overview',
    date: 'Date',
    type: 'Type of exercise',
    typeIncident: 'Type of evaluation',
    organisations: 'Participating organisations',
    scope: 'Scope',
    method: 'Method',
    participants: 'Participants',
    participantsCount: (n: number, observers: number) =>
      `${n} participants, ${observers} observers (names in appendix A)`,
    norm: 'Norm for on time',
    nextExercise: 'Next exercise',
  },
  objectives: {
    title: 'Objectives and findings',
    intro: "Per objective the evaluator's verdict and what was observed to support it.",
    objective: 'Objective',
    verdict: 'Verdict',
    findings: 'Findings',
    none: 'No objectives have been recorded.',
    verdicts: { achieved: 'achieved', partlyAchieved: 'partly achieved', notAchieved: 'not achieved' },
    notJudged: 'not yet assessed',
  },
  findings: {
    title: 'Strengths and points to improve',
    titleLessons: 'Lessons: what went well and what must improve',
    intro: 'Grouped by the objective they belong to.',
    strengths: 'Strengths',
    pointsToImprove: 'Points to improve',
    general: 'Not tied to one objective',
    objectiveRef: (n: number, text: string) => `Objective ${n}: ${text}`,
  },
  recommendations: {
    title: 'Recommendations',
    none: 'No recommendations have been recorded.',
  },
  plan: {
    title: 'Improvement plan',
    intro: 'What will change, who does it and when it is done.',
    finding: 'Finding',
    action: 'Action',
    owner: 'Owner',
    organisation: 'Organisation',
    start: 'Start',
    due: 'Due',
    status: 'Status',
    priority: 'Priority',
    none: 'No improvement actions have been recorded.',
    statuses: { planned: 'planned', inProgress: 'in progress', done: 'done', dropped: 'dropped' },
    priorities: { high: 'high', medium: 'medium', low: 'low' },
  },
  protocol: {
    title: 'Changes to the protocol',
    snapshotTitle: (event: string) => `Gaps in the protocol at the time of ${event}`,
    readiness: (met: number, checks: number, at: string) =>
      `Protocol readiness: ${met} of ${checks} checks met (${Math.round((met / Math.max(1, checks)) * 100)}%, recorded ${at}).`,
  },
  media: {
    title: 'Media picture',
    intro:
      'What appeared about the incident in the media and on social media, as logged in observations with a medium or tone. A medium without a name is shown as "not named".',
    none: 'The log holds no observations of the media.',
    medium: 'Medium',
    positive: 'Positive',
    neutral: 'Neutral',
    negative: 'Negative',
    unknown: 'Tone unknown',
    total: 'Total',
    unnamed: 'not named',
    overTime: 'Course per phase',
    phase: 'Phase',
    observations: 'Observations',
    latest: 'Latest observations',
  },
  closing: {
    title: 'Closing per audience',
    intro:
      'Whether each audience was asked what was still unclear (action 10) and what came of it, and which chain and outsourcing partners received a closing message and thanks.',
    action10Title: 'Checking for open questions (action 10)',
    audience: 'Audience',
    status: 'From the log',
    outcome: 'Outcome',
    noOutcome: '–',
    notAsked: 'not asked by the matrix',
    partnersTitle: 'Closing message and thanks per partner',
    partnersIntro:
      'A closing message is a message to the organisation in the aftercare phase, or a message for action 8 (report the fix) or action 10.',
    partner: 'Partner',
    group: 'Kind',
    received: 'Closing message',
    yes: (at: string) => `yes, ${at}`,
    no: 'no',
    excluded: 'excluded for this incident',
    noPartners: 'The protocol lists no chain or outsourcing partners.',
    groups: { chainPartners: 'chain partner', outsourcingPartners: 'outsourcing partner' },
  },
  approval: {
    title: 'Approval',
    intro: 'This report was adopted by:',
    by: 'Adopted by',
    role: 'Position',
    on: 'Date',
    signature: 'Signature',
    blank: '……………………………………',
  },
  annex: {
    participantsTitle: 'Appendix A: participants and observers',
    notesTitle: 'Appendix B: observer notes',
    logTitle: 'Appendix C: the complete communication log',
    name: 'Name',
    role: 'Role',
    observer: 'observer',
    organisation: 'Organisation',
    none: 'Nothing recorded.',
  },
  ratings: {
    title: 'Assessment per recommended action',
  },
};

export const EVALUATION_LABELS: Readonly<Record<Locale, EvaluationLabels>> = { nl, en };
