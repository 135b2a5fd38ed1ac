import { LEGAL_CLOCK_LABELS } from '../clocks/legal-clocks';
import { AUDIENCE_LABELS } from '../matrix/labels';
import type { Block } from './blocks';
import type { BuildContext } from './context';
import { reportDateTime } from './format';
import type { OpenPoint, ReportSection, SummaryData } from './model';

/**
 * Section 4: what needs doing after the incident. A received message that awaits an answer is
 * answered when a message names it as the one it answers, or when a correction sets awaitsAnswer
 * to false (the journal never edits a line), so the corrected entries are what counts here.
 */
export function openPointsSection(ctx: BuildContext, summary: SummaryData): ReportSection {
  const { L, locale } = ctx;
  const O = L.openPoints;
  const open: OpenPoint[] = [];
  const done: OpenPoint[] = [];
  for (const a of ctx.audiences) {
    const name = AUDIENCE_LABELS[a.audience].full[locale].toLowerCase();
    for (const p of a.phases) {
      for (const row of p.rows) {
        if (row.action !== 10) continue;
        if ((row.status === 'done' || row.status === 'doneLate') && row.at) {
          done.push({
            kind: 'action10',
            audience: a.audience,
            text: ctx.t('document:openPoints.action10Done', { audience: name, at: reportDateTime(row.at) }),
          });
        } else if (row.status === 'missed' || row.status === 'open' || row.status === 'partial') {
          const status = L.audiences[row.status];
          open.push({
            kind: 'action10',
            audience: a.audience,
            text: ctx.t('document:openPoints.action10', { audience: name, status }),
          });
        }
      }
    }
  }
  const answered = new Set(
    ctx.effective.flatMap((e) =>
      e.kind === 'messageSent' && e.inReplyTo !== undefined ? [e.inReplyTo] : [],
    ),
  );
  for (const e of ctx.effective) {
    if (e.kind === 'messageReceived' && e.awaitsAnswer && !answered.has(e.seq)) {
      open.push({
        kind: 'unanswered',
        seq: e.seq,
        text: ctx.t('document:openPoints.unanswered', {
          from: e.from,
          at: reportDateTime(e.occurredAt),
          summary: e.summary,
        }),
      });
    }
  }
  for (const c of summary.clocks) {
    if (c.state === 'running') {
      open.push({
        kind: 'clock',
        text: ctx.t('document:openPoints.clockRunning', {
          clock: LEGAL_CLOCK_LABELS[c.id].short[locale],
          deadline: reportDateTime(c.deadline),
        }),
      });
    }
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: O.title },
    { kind: 'paragraph', text: O.intro, italic: true, tone: 'muted' },
    { kind: 'heading', level: 2, text: O.openTitle },
    open.length === 0
      ? { kind: 'paragraph', text: O.none }
      : { kind: 'bullets', items: open.map((p) => p.text) },
  ];
  if (done.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: O.followUpsTitle });
    blocks.push({ kind: 'bullets', items: done.map((p) => p.text) });
  }
  return { id: 'openPoints', title: O.title, data: { open, done }, blocks };
}
