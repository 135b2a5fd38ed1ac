import type { Localized } from '../matrix/labels';
import type { Audience } from '../model/vocabulary';

/**
 * A reading aid for drafts that go to customers or the public, after the media tips in chapter 3 of
 * the CIP handreiking (facts theirs, words ours). It points things out; it never blocks sending,
 * because only the people in the room know whether a number or a date is needed.
 */
export type MediaFindingKind = 'number' | 'date' | 'valueJudgement' | 'otherIncident';

export interface MediaFinding {
  kind: MediaFindingKind;
  /** character range in the checked text, end exclusive (like String.prototype.slice) */
  start: number;
  end: number;
  text: string;
  advice: Localized;
}

export const MEDIA_CHECK_AUDIENCES: readonly Audience[] = ['customers', 'public'];
export const needsMediaCheck = (audience: Audience): boolean => MEDIA_CHECK_AUDIENCES.includes(audience);

const ADVICE: Record<MediaFindingKind, Localized> = {
  number: {
    nl: 'Een aantal of percentage. Is het echt nodig? Getallen worden vaak overgenomen, herhaald en later tegen je gebruikt als ze bijgesteld moeten worden.',
    en: 'A figure or percentage. Is it really needed? Numbers get quoted and repeated, and are held against you when they have to be revised.',
  },
  date: {
    nl: 'Een datum. Noem die alleen als de lezer er iets mee moet; een datum die later anders blijkt, wordt het verhaal.',
    en: 'A date. Only mention it if the reader needs it; a date that later turns out wrong becomes the story.',
  },
  valueJudgement: {
    nl: 'Een oordeel over de ernst. Beschrijf wat er is gebeurd en wat je doet, en laat het oordeel aan de lezer: wie zegt dat het meevalt, wordt daar later op afgerekend.',
    en: 'A judgement of how serious it is. Describe what happened and what you are doing, and leave the verdict to the reader: saying it is not so bad will be held against you.',
  },
  otherIncident: {
    nl: 'Een verwijzing naar iets anders dan dit incident. Een vergelijking maakt het groter of kleiner dan het is; blijf bij de feiten van dit incident.',
    en: 'A reference to something other than this incident. A comparison makes it bigger or smaller than it is; stick to the facts of this incident.',
  },
};

/** Phrases; spaces match any run of white space. Dutch first, English after (drafts can be either). */
const VALUE_JUDGEMENTS = [
  'valt mee',
  'valt wel mee',
  'valt het mee',
  'valt het wel mee',
  'viel het mee',
  'valt het allemaal mee',
  'viel mee',
  'meevalt',
  'meeviel',
  'geen reden tot zorg',
  'geen reden tot ongerustheid',
  'geen reden tot paniek',
  'geen reden voor paniek',
  'geen zorgen',
  'niets aan de hand',
  'niks aan de hand',
  'niets ernstigs',
  'slechts',
  'gelukkig',
  'helaas',
  'beperkt',
  'beperkte',
  'gering',
  'geringe',
  'minimaal',
  'minimale',
  'klein probleem',
  'kleine storing',
  'onschuldig',
  'onschuldige',
  'geen enkel risico',
  'geen risico',
  'volledig veilig',
  'helemaal veilig',
  'onder controle',
  'ernstig',
  'ernstige',
  'enorm',
  'enorme',
  'dramatisch',
  'dramatische',
  'rampzalig',
  'zorgwekkend',
  'nauwelijks',
  'maar een paar',
  'alleen maar',
  'not too bad',
  'no reason for concern',
  'no cause for concern',
  'nothing to worry about',
  'no need to worry',
  'nothing serious',
  'fortunately',
  'luckily',
  'unfortunately',
  'merely',
  'minor',
  'limited',
  'negligible',
  'harmless',
  'under control',
  'completely safe',
  'no risk',
  'serious',
  'dramatic',
  'disastrous',
];

const OTHER_INCIDENTS = [
  'net als',
  'net zoals',
  'zoals bij',
  'zoals eerder',
  'eerder',
  'eerdere',
  'vorige keer',
  'vorig jaar',
  'ook bij',
  'vergelijkbaar met',
  'vergeleken met',
  'in vergelijking met',
  'in tegenstelling tot',
  'wederom',
  'nogmaals',
  'het zoveelste',
  'andere organisaties',
  'just like',
  'as with',
  'as before',
  'previous',
  'earlier',
  'last time',
  'last year',
  'similar to',
  'compared to',
  'compared with',
  'unlike',
  'once again',
  'other organisations',
  'other organizations',
];

const NUMBER_WORDS = [
  'tientallen',
  'honderd',
  'honderden',
  'duizend',
  'duizenden',
  'tienduizenden',
  'honderdduizenden',
  'miljoen',
  'miljoenen',
  'procent',
  'dozens',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'per cent',
  'percent',
];

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'jan',
  'feb',
  'mrt',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
];

// Word boundaries that understand letters with diacritics (\b does not: "geïnformeerd").
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const phraseRegex = (phrases: readonly string[]) =>
  new RegExp(
    `${B}(?:${[...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.split(' ').map(escapeRegex).join('\\s+'))
      .join('|')})${E}`,
    'giu',
  );

const MONTH_ALT = [...MONTHS].sort((a, b) => b.length - a.length).join('|');
const DATE_REGEX = new RegExp(
  [
    `${B}\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}${E}`, // 28-11-2026, 28/11/26
    `${B}\\d{4}-\\d{2}-\\d{2}${E}`, // 2026-11-28
    `${B}\\d{1,2}\\s+(?:${MONTH_ALT})\\.?(?:\\s+\\d{4})?${E}`, // 28 november (2026)
    `${B}(?:${MONTH_ALT})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?${E}`, // November 28, 2026
  ].join('|'),
  'giu',
);
// A figure, with thousands separators, decimals or a percent sign. Times (14:30) are not flagged:
// "the next update is at 14:30" is exactly what the reader needs.
const NUMBER_REGEX = new RegExp(`${B}\\d+(?:[.,]\\d+)*(?:\\s?%)?(?![\\p{L}\\p{N}:])`, 'gu');
const TIME_REGEX = /(?<!\d)\d{1,2}[:.]\d{2}(?:\s?uur)?(?!\d)/g;
// Phone numbers, postcodes-like codes and web addresses are contact details, not figures.
const PHONE_REGEX = /(?:\+|00)?\d[\d\s\-()]{7,}\d/g;
const URL_REGEX = /\b(?:https?:\/\/|www\.)\S+/giu;

const JUDGEMENT_REGEX = phraseRegex(VALUE_JUDGEMENTS);
const OTHER_REGEX = phraseRegex(OTHER_INCIDENTS);
const NUMBER_WORD_REGEX = phraseRegex(NUMBER_WORDS);

/** Findings sorted by position; a number inside a date is reported once, as the date. */
export function checkDraftForMedia(text: string): MediaFinding[] {
  const findings: MediaFinding[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([ts, te]) => s < te && e > ts);
  const add = (kind: MediaFindingKind, start: number, end: number) => {
    findings.push({ kind, start, end, text: text.slice(start, end), advice: ADVICE[kind] });
    taken.push([start, end]);
  };

  for (const m of text.matchAll(URL_REGEX)) taken.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(DATE_REGEX))
    if (!overlaps(m.index, m.index + m[0].length)) add('date', m.index, m.index + m[0].length);
  for (const m of text.matchAll(TIME_REGEX))
    if (!overlaps(m.index, m.index + m[0].length)) taken.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(PHONE_REGEX))
    if (!overlaps(m.index, m.index + m[0].length)) taken.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(NUMBER_REGEX))
    if (!overlaps(m.index, m.index + m[0].length)) add('number', m.index, m.index + m[0].length);
  for (const m of text.matchAll(NUMBER_WORD_REGEX))
    if (!overlaps(m.index, m.index + m[0].length)) add('number', m.index, m.index + m[0].length);
  for (const m of text.matchAll(JUDGEMENT_REGEX)) add('valueJudgement', m.index, m.index + m[0].length);
  for (const m of text.matchAll(OTHER_REGEX)) add('otherIncident', m.index, m.index + m[0].length);

  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
