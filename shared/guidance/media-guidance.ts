import type { Localized } from '../matrix/labels';

/**
 * Tips for dealing with the press during an incident, shown as an overlay on the board.
 * Based on chapter 3 of the CIP handreiking "Ketencommunicatie bij Crises" (v1.1, 2020,
 * CC BY-SA 4.0); the facts are CIP's, the wording is ours.
 */
export interface MediaTip {
  id: string;
  title: Localized;
  explanation: Localized;
}

export const MEDIA_GUIDANCE_TITLE: Localized = {
  nl: 'Tips voor contact met de media',
  en: 'Tips for dealing with the media',
};

export const MEDIA_GUIDANCE_SOURCE: Localized = {
  nl: 'Naar CIP, Ketencommunicatie bij Crises v1.1 (2020), hoofdstuk 3 — CC BY-SA 4.0',
  en: 'After CIP, Ketencommunicatie bij Crises v1.1 (2020), chapter 3 — CC BY-SA 4.0',
};

export const MEDIA_GUIDANCE: readonly MediaTip[] = [
  {
    id: 'briefFirst',
    title: { nl: 'Eerst bijpraten, dan praten', en: 'Get briefed before you speak' },
    explanation: {
      nl: 'Laat de eigen specialisten je vóór elk mediacontact uitleggen wat er precies speelt, in gewone mensentaal.',
      en: 'Before any contact with the press, have our own specialists explain exactly what is going on, in plain language.',
    },
  },
  {
    id: 'realisticRisk',
    title: { nl: 'Ken het echte risico', en: 'Know the real risk' },
    explanation: {
      nl: 'Vraag hoe groot de kans is en wat de gevolgen kunnen zijn, en wat je kunt doen om de schade voor betrokkenen te beperken.',
      en: 'Ask how likely harm is and how serious it could be, and what can be done to limit the damage for those affected.',
    },
  },
  {
    id: 'factCheck',
    title: { nl: 'Laat concepten controleren', en: 'Have drafts checked' },
    explanation: {
      nl: 'Is er al een conceptpersbericht, laat de specialisten dan nagaan of de feiten erin kloppen.',
      en: 'If a draft press release exists, ask the specialists to verify the facts in it.',
    },
  },
  {
    id: 'beOpen',
    title: { nl: 'Open waar het kan', en: 'Open wherever possible' },
    explanation: {
      nl: 'Wees zo open en doorzichtig als je kunt: journalisten vinden de informatie vaak ook via andere bronnen, en dan kun je het beter zelf hebben verteld.',
      en: 'Be as open and transparent as you can: reporters often find the information through other sources, and it is better if it came from you.',
    },
  },
  {
    id: 'fewNumbers',
    title: { nl: 'Zuinig met getallen en data', en: 'Sparing with numbers and dates' },
    explanation: {
      nl: 'Noem aantallen en tijdstippen alleen als het echt nodig is.',
      en: 'Only mention figures and dates when they are really needed.',
    },
  },
  {
    id: 'noJudgements',
    title: { nl: 'Geen oordelen', en: 'No value judgements' },
    explanation: {
      nl: 'Geef geen oordeel over de situatie en zwak niets af: zeg nooit dat het wel meevalt.',
      en: 'Do not judge the situation or play it down: never say it is not so bad.',
    },
  },
  {
    id: 'stickToIncident',
    title: { nl: 'Blijf bij dit incident', en: 'Stick to this incident' },
    explanation: {
      nl: 'Houd het bij de feiten van dit ene incident.',
      en: 'Keep to the facts of this one incident.',
    },
  },
  {
    id: 'rightSize',
    title: { nl: 'Niet groter, niet kleiner', en: 'Neither bigger nor smaller' },
    explanation: {
      nl: 'Koppel het incident niet aan andere of grotere zaken; zo blaas je het niet op en praat je het niet weg.',
      en: 'Do not link the incident to other or larger matters, so you neither inflate it nor explain it away.',
    },
  },
  {
    id: 'probeAssumptions',
    title: { nl: 'Vraag door op aannames', en: 'Question assumptions' },
    explanation: {
      nl: 'Komt de interviewer met een oordeel of aanname, vraag dan wat er precies mee bedoeld wordt, waarop het berust en wie dat vindt.',
      en: 'When the interviewer offers a judgement or assumption, ask what exactly is meant, what it rests on and whose view it is.',
    },
  },
];
