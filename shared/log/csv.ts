import Papa from 'papaparse';
import { AUDIENCE_LABELS, type Locale, PHASE_LABELS } from '../matrix/labels';
import { effectiveEntries } from './corrections';
import type { LogEntry } from './entry-schema';
import { LOG_KIND_LABELS, NOTIFICATION_TYPE_LABELS, TONE_LABELS } from './labels';
import { formatAmsterdam, SORTABLE_DATE_TIME } from './time';

type Cell = string | number;
interface Column {
  header: string;
  /** schema fields this column carries; a test checks together they cover every field */
  fields: readonly string[];
  value: (entry: LogEntry, correctedBy: readonly number[]) => Cell;
}

const L: Locale = 'nl';
const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? 'ja' : 'nee');

const COLUMNS: readonly Column[] = [
  { header: 'volgnummer', fields: ['seq'], value: (e) => e.seq },
  { header: 'incident', fields: ['incidentId'], value: (e) => e.incidentId },
  { header: 'vastgelegd (UTC)', fields: ['recordedAt'], value: (e) => e.recordedAt },
  {
    header: 'vastgelegd (Amsterdam)',
    fields: [],
    value: (e) => formatAmsterdam(e.recordedAt, SORTABLE_DATE_TIME),
  },
  { header: 'gebeurd (UTC)', fields: ['occurredAt'], value: (e) => e.occurredAt },
  {
    header: 'gebeurd (Amsterdam)',
    fields: [],
    value: (e) => formatAmsterdam(e.occurredAt, SORTABLE_DATE_TIME),
  },
  { header: 'auteur', fields: ['author'], value: (e) => e.author },
  { header: 'fase', fields: ['phase'], value: (e) => PHASE_LABELS[e.phase].full[L] },
  { header: 'soort', fields: ['kind'], value: (e) => LOG_KIND_LABELS[e.kind][L] },
  {
    header: 'doelgroep',
    fields: ['audience'],
    value: (e) => (e.kind === 'messageSent' ? AUDIENCE_LABELS[e.audience].full[L] : ''),
  },
  {
    header: 'actie',
    fields: ['action'],
    value: (e) => (e.kind === 'messageSent' && e.action !== null ? e.action : ''),
  },
  {
    header: 'ontvangers',
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
    header: 'kanaal',
    fields: ['channel'],
    value: (e) => (e.kind === 'messageSent' || e.kind === 'messageReceived' ? e.channel : ''),
  },
  { header: 'samenvatting', fields: ['summary'], value: (e) => ('summary' in e ? e.summary : '') },
  {
    header: 'volledige tekst',
    fields: ['fullText'],
    value: (e) => (e.kind === 'messageSent' || e.kind === 'messageReceived' ? (e.fullText ?? '') : ''),
  },
  { header: 'verstuurd door', fields: ['sentBy'], value: (e) => (e.kind === 'messageSent' ? e.sentBy : '') },
  { header: 'van', fields: ['from'], value: (e) => (e.kind === 'messageReceived' ? e.from : '') },
  {
    header: 'wacht op antwoord',
    fields: ['awaitsAnswer'],
    value: (e) => (e.kind === 'messageReceived' ? yesNo(e.awaitsAnswer) : ''),
  },
  {
    header: 'besluit over',
    fields: ['subject'],
    value: (e) => (e.kind === 'decision' && e.subject ? describeSubject(e.subject) : ''),
  },
  {
    header: 'reden',
    fields: ['reason'],
    value: (e) => (e.kind === 'decision' ? (e.reason ?? '') : e.kind === 'correction' ? e.reason : ''),
  },
  { header: 'medium', fields: ['medium'], value: (e) => (e.kind === 'observation' ? (e.medium ?? '') : '') },
  {
    header: 'toon',
    fields: ['tone'],
    value: (e) => (e.kind === 'observation' && e.tone ? TONE_LABELS[e.tone][L] : ''),
  },
  {
    header: 'notitie evaluator',
    fields: ['evaluatorNote'],
    value: (e) => (e.kind === 'observation' ? yesNo(e.evaluatorNote) : ''),
  },
  {
    header: 'toezichthouder',
    fields: ['regulator'],
    value: (e) => (e.kind === 'regulatorNotification' ? e.regulator : ''),
  },
  {
    header: 'naam toezichthouder',
    fields: ['regulatorName'],
    value: (e) => (e.kind === 'regulatorNotification' ? (e.regulatorName ?? '') : ''),
  },
  {
    header: 'soort melding',
    fields: ['notificationType'],
    value: (e) => (e.kind === 'regulatorNotification' ? NOTIFICATION_TYPE_LABELS[e.notificationType][L] : ''),
  },
  {
    header: 'kenmerk',
    fields: ['reference'],
    value: (e) => (e.kind === 'regulatorNotification' ? (e.reference ?? '') : ''),
  },
  {
    header: 'gewijzigd gegeven',
    fields: ['change'],
    value: (e) => {
      if (e.kind !== 'incidentChange') return '';
      const c = e.change;
      return c.field === 'visibility' ? `visibility (${AUDIENCE_LABELS[c.audience].full[L]})` : c.field;
    },
  },
  {
    header: 'oude waarde',
    fields: [],
    value: (e) => (e.kind === 'incidentChange' && 'from' in e.change ? show(e.change.from) : ''),
  },
  {
    header: 'nieuwe waarde',
    fields: [],
    value: (e) => {
      if (e.kind !== 'incidentChange') return '';
      return e.change.field === 'created' ? e.change.title : show(e.change.to);
    },
  },
  {
    header: 'corrigeert regel',
    fields: ['corrects'],
    value: (e) => (e.kind === 'correction' ? e.corrects : ''),
  },
  {
    header: 'correctie (nieuwe waarden)',
    fields: ['changes'],
    value: (e) => (e.kind === 'correction' ? JSON.stringify(e.changes) : ''),
  },
  { header: 'gecorrigeerd door regels', fields: [], value: (_e, by) => by.join(', ') },
  { header: 'hash vorige regel', fields: ['prevHash'], value: (e) => e.prevHash },
];

/** Fields of LogEntry that have a CSV column; exported so a test can prove nothing is left out. */
export const CSV_COVERED_FIELDS: ReadonlySet<string> = new Set(COLUMNS.flatMap((c) => c.fields));
export const CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

export interface CsvOptions {
  /** ';' by default: Dutch Excel reads ',' as the decimal separator and would put all in one column */
  delimiter?: ',' | ';';
  /** a byte-order mark so Excel reads UTF-8 (é, ë, €) correctly; on by default */
  bom?: boolean;
}

/**
 * The whole log as CSV, one row per journal line in log order, every field. Corrections are rows
 * of their own and the rows they correct say by which; nothing is merged away.
 * Cells starting with = + - @ are escaped (papaparse `escapeFormulae`): received messages are
 * outside text, and a spreadsheet must not run them as formulas.
 */
export function logToCsv(entries: readonly LogEntry[], options: CsvOptions = {}): string {
  const rows = effectiveEntries(entries).map(({ entry, correctedBy }) =>
    COLUMNS.map((c) => c.value(entry, correctedBy)),
  );
  const csv = Papa.unparse(
    { fields: [...CSV_HEADERS], data: rows },
    { delimiter: options.delimiter ?? ';', newline: '\r\n', escapeFormulae: true },
  );
  return (options.bom ?? true) ? `\uFEFF${csv}` : csv;
}

function show(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

type Subject = NonNullable<Extract<LogEntry, { kind: 'decision' }>['subject']>;

function describeSubject(subject: Subject): string {
  if (subject.type === 'notNotifiable') return `niet meldplichtig (${subject.clock})`;
  const audience = AUDIENCE_LABELS[subject.audience].full[L];
  const phase = PHASE_LABELS[subject.phase].full[L];
  return `actie ${subject.action} niet van toepassing voor ${audience} in fase "${phase}"`;
}
