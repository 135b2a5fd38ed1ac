import { LEGAL_CLOCK_LABELS } from '../clocks/labels';
import type { EffectiveEntry } from '../log/corrections';
import { regulatorName } from '../log/describe';
import type { LogEntry } from '../log/entry-schema';
import { LOG_KIND_LABELS, NOTIFICATION_TYPE_LABELS, TONE_LABELS } from '../log/labels';
import { summaryOf } from '../log/summary';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../matrix/labels';
import type { Block, LogLine } from './blocks';
import type { BuildContext } from './context';
import { formatDuration, reportDateTimeSeconds, reportDateTimeSecondsUnambiguous } from './format';
import { integrityStatement } from './integrity-statement';
import { loggedLateBy } from './late-logged';
import type { ReportSection } from './model';

function show(value: unknown, ctx: BuildContext): string {
  if (typeof value === 'string') {
    // a corrected time is shown on the Amsterdam clock like every other time in the report
    return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))
      ? reportDateTimeSeconds(value)
      : `“${value}”`;
  }
  if (typeof value === 'boolean') return value ? ctx.L.appendix.yesNo.yes : ctx.L.appendix.yesNo.no;
  return JSON.stringify(value);
}

function metaOf(e: LogEntry, ctx: BuildContext): string {
  const { locale } = ctx;
  const G = ctx.L.log;
  switch (e.kind) {
    case 'messageSent': {
      const parts = [AUDIENCE_LABELS[e.audience].short[locale]];
      if (e.action !== null) parts.push(ctx.t('document:log.action', { n: e.action }));
      parts.push(e.channel);
      const to = e.recipients
        .map((r) => (r.organisation ? `${r.name} (${r.organisation})` : r.name))
        .join(', ');
      if (to) parts.push(`${G.recipients} ${to}`);
      if (e.forPhase) parts.push(`${G.forPhase} ${PHASE_LABELS[e.forPhase].short[locale]}`);
      if (e.inReplyTo !== undefined) parts.push(ctx.t('document:log.inReplyTo', { seq: e.inReplyTo }));
      return parts.join(' · ');
    }
    case 'messageReceived':
      return [`${G.from} ${e.from}`, e.channel, ...(e.awaitsAnswer ? [G.awaitsAnswer] : [])].join(' · ');
    case 'decision':
      if (e.subject?.type === 'actionNotApplicable') {
        return `${AUDIENCE_LABELS[e.subject.audience].short[locale]} · ${ctx.t('document:log.action', { n: e.subject.action })} · ${
          PHASE_LABELS[e.subject.phase].short[locale]
        }`;
      }
      return e.subject?.type === 'notNotifiable' ? LEGAL_CLOCK_LABELS[e.subject.clock].short[locale] : '';
    case 'observation':
      return [
        e.medium,
        e.tone ? TONE_LABELS[e.tone][locale] : undefined,
        e.evaluatorNote ? G.evaluatorNote : undefined,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'regulatorNotification':
      return [regulatorName(e, locale), NOTIFICATION_TYPE_LABELS[e.notificationType][locale], e.reference]
        .filter(Boolean)
        .join(' · ');
    case 'correction':
      return ctx.t('document:appendix.correctsLine', { seq: e.corrects });
    default:
      return '';
  }
}

function detailsOf(e: LogEntry, ctx: BuildContext): string[] {
  const X = ctx.L.appendix;
  if ((e.kind === 'messageSent' || e.kind === 'messageReceived') && e.fullText)
    return [`${X.fullText}: ${e.fullText}`];
  if (e.kind === 'decision' && e.reason) return [`${X.reasonLabel}: ${e.reason}`];
  return [];
}

function correctionLines(
  w: EffectiveEntry,
  bySeq: ReadonlyMap<number, LogEntry>,
  ctx: BuildContext,
): string[] {
  const X = ctx.L.appendix;
  return w.correctedBy.map((seq) => {
    const c = bySeq.get(seq);
    if (c?.kind !== 'correction') return ctx.t('document:appendix.corrected', { seq, what: '' });
    const what = Object.entries(c.changes)
      .map(([field, value]) => `${fieldName(X.fields, field)} → ${show(value, ctx)}`)
      .join('; ');
    return ctx.t('document:appendix.corrected', { seq, what: `${what} (${X.reasonLabel}: ${c.reason})` });
  });
}

/** The appendix lines: the journal as written, in seq order, each with the corrections beside it. */
export function logLines(ctx: BuildContext): LogLine[] {
  const bySeq = new Map(ctx.input.entries.map((e) => [e.seq, e]));
  return ctx.written.map((w): LogLine => {
    const e = w.entry;
    const late = loggedLateBy(e);
    return {
      seq: e.seq,
      time: reportDateTimeSecondsUnambiguous(e.occurredAt),
      ...(late === null
        ? {}
        : {
            recorded: ctx.t('document:appendix.recordedLate', {
              at: reportDateTimeSecondsUnambiguous(e.recordedAt),
              after: formatDuration(late, ctx.locale),
            }),
          }),
      kind: LOG_KIND_LABELS[e.kind][ctx.locale],
      author: e.author,
      meta: metaOf(e, ctx),
      summary: summaryOf(e, ctx.locale),
      details: detailsOf(e, ctx),
      corrections: correctionLines(w, bySeq, ctx),
      isCorrection: e.kind === 'correction',
    };
  });
}

export function appendixSection(ctx: BuildContext): ReportSection {
  const X = ctx.L.appendix;
  const { statement, blocks: statementBlocks } = integrityStatement(ctx);
  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: X.title },
    { kind: 'paragraph', text: X.intro, italic: true, tone: 'muted' },
    { kind: 'heading', level: 2, text: X.integrityTitle },
    ...statementBlocks,
    { kind: 'log', lines: logLines(ctx) },
  ];
  return {
    id: 'appendix',
    title: X.title,
    data: { entries: ctx.input.entries.length, integrity: statement },
    blocks,
  };
}

/** The reader's word for a corrected field; the schema's own name for one the catalogue does not know. */
function fieldName(fields: Readonly<Record<string, string>>, field: string): string {
  return fields[field] ?? field;
}
