import Papa from 'papaparse';
import { excelTextRow } from '../csv/excel-text';
import { AUDIENCE_LABELS, type Locale, PHASE_LABELS } from '../matrix/labels';
import { effectiveEntries } from './corrections';
import { describeChanges, describeSubject } from './describe';
import type { LogEntry, MediaVolume } from './entry-schema';
import { LOG_KIND_LABELS, NOTIFICATION_TYPE_LABELS, REGULATOR_LABELS, TONE_LABELS } from './labels';
import { formatAmsterdam, SORTABLE_DATE_TIME } from './time';

type Cell = string | number;
interface Column {
  header: { nl: string; en: string };
  /** schema fields this column carries; a test checks together they cover every field */
  fields: readonly string[];
  value: (entry: LogEntry, correctedBy: readonly number[], locale: Locale) => Cell;
}

const YES_NO = { nl: ['ja', 'nee'], en: ['yes', 'no'] } as const;
const yesNo = (L: Locale, b: boolean | undefined) => (b === undefined ? '' : YES_NO[L][b ? 0 : 1]);

/** How much a medium said in a round, for the CSV reader. */
const MEDIA_VOLUME_WORDS: Record<MediaVolume, { nl: string; en: string }> = {
  none: { nl: 'aandacht: geen', en: 'attention: none' },
  low: { nl: 'aandacht: weinig', en: 'attention: little' },
  moderate: { nl: 'aandacht: gemiddeld', en: 'attention: moderate' },
  high: { nl: 'aandacht: veel', en: 'attention: a lot' },
  storm: { nl: 'aandacht: storm', en: 'attention: storm' },
};

const COLUMNS: readonly Column[] = [
  { header: { nl: 'volgnummer', en: 'seq' }, fields: ['seq'], value: (e) => e.seq },
  { header: { nl: 'incident', en: 'incident' }, fields: ['incidentId'], value: (e) => e.incidentId },
  {
    header: { nl: 'vastgelegd (UTC)', en: 'recorded (UTC)' },
    fields: ['recordedAt'],
    value: (e) => e.recordedAt,
  },
  {
    header: { nl: 'vastgelegd (Amsterdam)', en: 'recorded (Amsterdam)' },
    fields: [],
    value: (e) => formatAmsterdam(e.recordedAt, SORTABLE_DATE_TIME),
  },
  {
    header: { nl: 'gebeurd (UTC)', en: 'occurred (UTC)' },
    fields: ['occurredAt'],
    value: (e) => e.occurredAt,
  },
  {
    header: { nl: 'gebeurd (Amsterdam)', en: 'occurred (Amsterdam)' },
    fields: [],
    value: (e) => formatAmsterdam(e.occurredAt, SORTABLE_DATE_TIME),
  },
  { header: { nl: 'auteur', en: 'author' }, fields: ['author'], value: (e) => e.author },
  {
    header: { nl: 'fase', en: 'phase' },
    fields: ['phase'],
    value: (e, _by, L) => PHASE_LABELS[e.phase].full[L],
  },
  { header: { nl: 'soort', en: 'kind' }, fields: ['kind'], value: (e, _by, L) => LOG_KIND_LABELS[e.kind][L] },
  {
    header: { nl: 'doelgroep', en: 'audience' },
    fields: ['audience'],
    value: (e, _by, L) => (e.kind === 'messageSent' ? AUDIENCE_LABELS[e.audience].full[L] : ''),
  },
  {
    header: { nl: 'actie', en: 'action' },
    fields: ['action'],
    value: (e) => (e.kind === 'messageSent' && e.action !== null ? e.action : ''),
  },
  {
    header: { nl: 'ontvangers', en: 'recipients' },
    fields: ['recipients'],
    value: (e) =>
      e.kind === 'messageSent'
        ? e.recipients
            .map((r) => {
              const org = r.organisation ? ` (${r.organisation})` : '';
              const ref = r.protocolRef ? ` [${r.protocolRef}]` : '';
              return `${r.name}${org}${ref}`;
            })
            .join('; ')
        : '',
  },
  {
    header: { nl: 'kanaal', en: 'channel' },
    fields: ['channel'],
    value: (e) => (e.kind === 'messageSent' || e.kind === 'messageReceived' ? e.channel : ''),
  },
  {
    header: { nl: 'samenvatting', en: 'summary' },
    fields: ['summary'],
    value: (e) => ('summary' in e ? e.summary : ''),
  },
  {
    header: { nl: 'volledige tekst', en: 'full text' },
    fields: ['fullText'],
    value: (e) => (e.kind === 'messageSent' || e.kind === 'messageReceived' ? (e.fullText ?? '') : ''),
  },
  {
    header: { nl: 'verstuurd door', en: 'sent by' },
    fields: ['sentBy'],
    value: (e) => (e.kind === 'messageSent' ? e.sentBy : ''),
  },
  {
    header: { nl: 'van', en: 'from' },
    fields: ['from'],
    value: (e) => (e.kind === 'messageReceived' ? e.from : ''),
  },
  {
    header: { nl: 'wacht op antwoord', en: 'awaits answer' },
    fields: ['awaitsAnswer'],
    value: (e, _by, L) => (e.kind === 'messageReceived' ? yesNo(L, e.awaitsAnswer) : ''),
  },
  {
    header: { nl: 'besluit over', en: 'decision about' },
    fields: ['subject'],
    value: (e, _by, L) => (e.kind === 'decision' && e.subject ? describeSubject(e.subject, L) : ''),
  },
  {
    header: { nl: 'reden', en: 'reason' },
    fields: ['reason'],
    value: (e) => (e.kind === 'decision' ? (e.reason ?? '') : e.kind === 'correction' ? e.reason : ''),
  },
  {
    header: { nl: 'medium', en: 'medium' },
    fields: ['medium'],
    value: (e) => (e.kind === 'observation' ? (e.medium ?? '') : ''),
  },
  {
    header: { nl: 'toon', en: 'tone' },
    fields: ['tone'],
    value: (e, _by, L) => (e.kind === 'observation' && e.tone ? TONE_LABELS[e.tone][L] : ''),
  },
  {
    header: { nl: 'notitie evaluator', en: 'evaluator note' },
    fields: ['evaluatorNote'],
    value: (e, _by, L) => (e.kind === 'observation' ? yesNo(L, e.evaluatorNote) : ''),
  },
  {
    header: { nl: 'toezichthouder', en: 'regulator' },
    fields: ['regulator'],
    value: (e, _by, L) => (e.kind === 'regulatorNotification' ? REGULATOR_LABELS[e.regulator][L] : ''),
  },
  {
    header: { nl: 'naam toezichthouder', en: 'regulator name' },
    fields: ['regulatorName'],
    value: (e) => (e.kind === 'regulatorNotification' ? (e.regulatorName ?? '') : ''),
  },
  {
    header: { nl: 'soort melding', en: 'notification type' },
    fields: ['notificationType'],
    value: (e, _by, L) =>
      e.kind === 'regulatorNotification' ? NOTIFICATION_TYPE_LABELS[e.notificationType][L] : '',
  },
  {
    header: { nl: 'kenmerk', en: 'reference' },
    fields: ['reference'],
    value: (e) => (e.kind === 'regulatorNotification' ? (e.reference ?? '') : ''),
  },
  {
    header: { nl: 'wijziging incident', en: 'incident change' },
    fields: ['change', 'changes'],
    value: (e, _by, L) => (e.kind === 'incidentChange' ? describeChanges(e, L) : ''),
  },
  {
    header: { nl: 'voor fase', en: 'for phase' },
    fields: ['forPhase'],
    value: (e, _by, L) => (e.kind === 'messageSent' && e.forPhase ? PHASE_LABELS[e.forPhase].full[L] : ''),
  },
  {
    header: { nl: 'volgende update (Amsterdam)', en: 'next update (Amsterdam)' },
    fields: ['nextUpdateAt'],
    value: (e) =>
      e.kind === 'messageSent' && e.nextUpdateAt ? formatAmsterdam(e.nextUpdateAt, SORTABLE_DATE_TIME) : '',
  },
  {
    header: { nl: 'antwoord op regel', en: 'answers entry' },
    fields: ['inReplyTo'],
    value: (e) => (e.kind === 'messageSent' && e.inReplyTo !== undefined ? e.inReplyTo : ''),
  },
  {
    header: { nl: 'antwoord vóór (Amsterdam)', en: 'answer by (Amsterdam)' },
    fields: ['answerBy'],
    value: (e) =>
      e.kind === 'messageReceived' && e.answerBy ? formatAmsterdam(e.answerBy, SORTABLE_DATE_TIME) : '',
  },
  {
    header: { nl: 'inject (oefening)', en: 'inject (exercise)' },
    fields: ['inject'],
    value: (e) =>
      e.kind === 'messageReceived' && e.inject ? `${e.inject.id}${e.inject.adHoc ? ' (ad hoc)' : ''}` : '',
  },
  {
    header: { nl: 'mediaronde', en: 'media round' },
    fields: ['mediaRound'],
    value: (e, _by, L) =>
      e.kind === 'observation' && e.mediaRound
        ? [MEDIA_VOLUME_WORDS[e.mediaRound.volume][L], e.mediaRound.notable, ...(e.mediaRound.links ?? [])]
            .filter(Boolean)
            .join(' · ')
        : '',
  },
  {
    header: { nl: 'vervolg op regel', en: 'follows up entry' },
    fields: ['followUpOf'],
    value: (e) => (e.kind === 'regulatorNotification' && e.followUpOf !== undefined ? e.followUpOf : ''),
  },
  {
    header: { nl: 'corrigeert regel', en: 'corrects entry' },
    fields: ['corrects'],
    value: (e) => (e.kind === 'correction' ? e.corrects : ''),
  },
  {
    header: { nl: 'correctie (nieuwe waarden)', en: 'correction (new values)' },
    fields: ['changes'],
    value: (e) => (e.kind === 'correction' ? JSON.stringify(e.changes) : ''),
  },
  {
    header: { nl: 'gecorrigeerd door regels', en: 'corrected by entries' },
    fields: [],
    value: (_e, by) => by.join(', '),
  },
  {
    header: { nl: 'hash vorige regel', en: 'hash of previous line' },
    fields: ['prevHash'],
    value: (e) => e.prevHash,
  },
];

/** Fields of LogEntry that have a CSV column; exported so a test can prove nothing is left out. */
export const CSV_COVERED_FIELDS: ReadonlySet<string> = new Set(COLUMNS.flatMap((c) => c.fields));
export const CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header.nl);
export const csvHeaders = (locale: Locale): string[] => COLUMNS.map((c) => c.header[locale]);

export interface CsvOptions {
  /** ';' by default: Dutch Excel reads ',' as the decimal separator and would put all in one column */
  delimiter?: ',' | ';';
  /** a byte-order mark so Excel reads UTF-8 (é, ë, €) correctly; on by default */
  bom?: boolean;
  /** the reader's language for headers and labels; Dutch by default */
  locale?: Locale;
}

/**
 * The whole log as CSV, one row per journal line in log order, every field. Corrections are rows
 * of their own and the rows they correct say by which; nothing is merged away.
 * Cells a spreadsheet would run as a formula or turn into a number (received messages are outside
 * text; phone numbers start with + or 0) are written as text without a visible mark: see
 * shared/csv/excel-text.ts.
 */
export function logToCsv(entries: readonly LogEntry[], options: CsvOptions = {}): string {
  const locale = options.locale ?? 'nl';
  const rows = effectiveEntries(entries).map(({ entry, correctedBy }) =>
    excelTextRow(COLUMNS.map((c) => c.value(entry, correctedBy, locale))),
  );
  const csv = Papa.unparse(
    { fields: csvHeaders(locale), data: rows },
    { delimiter: options.delimiter ?? ';', newline: '\r\n', escapeFormulae: false },
  );
  return (options.bom ?? true) ? `\uFEFF${csv}` : csv;
}
