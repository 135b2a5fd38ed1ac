import { LEGAL_CLOCK_LABELS, legalClocks } from '../clocks/legal-clocks';
import { regulatorName } from '../log/describe';
import { NOTIFICATION_TYPE_LABELS } from '../log/labels';
import { AUDIENCE_LABELS, NATURE_LABELS, PHASE_LABELS, VISIBILITY_LABELS } from '../matrix/labels';
import { AUDIENCES, PHASES } from '../model/vocabulary';
import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import { formatDuration, reportDateTime } from './format';
import { LATE_LOGGED_AFTER_MINUTES, loggedLateBy } from './late-logged';
import type { ClockSummary, ReportSection, SummaryData } from './model';

export function summaryData(ctx: BuildContext): SummaryData {
  const { input, effective, periods, locale } = ctx;
  const { incident } = input;
  const sentPer = new Map<string, number>();
  const totals = {
    entries: input.entries.length,
    sent: 0,
    received: 0,
    decisions: 0,
    observations: 0,
    corrections: 0,
    loggedLate: 0,
  };
  const notifications: SummaryData['notifications'] = [];
  // as logged, like the appendix that marks the same entries
  for (const w of ctx.written) if (loggedLateBy(w.entry) !== null) totals.loggedLate += 1;
  for (const e of effective) {
    if (e.kind === 'messageSent') {
      totals.sent += 1;
      sentPer.set(e.audience, (sentPer.get(e.audience) ?? 0) + 1);
    } else if (e.kind === 'messageReceived') totals.received += 1;
    else if (e.kind === 'decision') totals.decisions += 1;
    else if (e.kind === 'observation') totals.observations += 1;
    else if (e.kind === 'correction') totals.corrections += 1;
    else if (e.kind === 'regulatorNotification') {
      notifications.push({
        seq: e.seq,
        at: e.occurredAt,
        regulator: regulatorName(e, locale),
        notificationType: e.notificationType,
        reference: e.reference ?? '',
        summary: e.summary,
      });
    }
  }
  const minutesPer = new Map<string, number>();
  for (const p of periods) minutesPer.set(p.phase, (minutesPer.get(p.phase) ?? 0) + p.minutes);

  const now = Date.parse(ctx.generatedAt);
  const clocks = legalClocks({
    natures: incident.natures,
    detectedAt: incident.detectedAt,
    nis2Applies: input.protocol.operations.nis2Applies,
    entries: input.entries,
    now: new Date(now),
  }).map((c): ClockSummary => {
    const stoppedAt = c.stoppedBy?.at;
    return {
      id: c.id,
      deadline: c.deadline,
      state: c.state,
      ...(c.metDeadline !== undefined ? { metDeadline: c.metDeadline } : {}),
      notNotifiable: c.stoppedBy?.kind === 'decision',
      ...(stoppedAt ? { stoppedAt } : {}),
      marginMinutes: Math.round(c.remainingMs / 60_000),
    };
  });

  return {
    natures: [...incident.natures],
    visibility: AUDIENCES.map((a) => ({
      audience: a,
      visibility: incident.visibility[a],
      messages: sentPer.get(a) ?? 0,
    })),
    periods: [...periods],
    phaseMinutes: PHASES.filter((p) => minutesPer.has(p)).map((p) => ({
      phase: p,
      minutes: minutesPer.get(p)!,
    })),
    totals,
    notifications,
    clocks,
  };
}

function clockOutcome(c: ClockSummary, ctx: BuildContext): { text: string; tone: 'good' | 'bad' | 'warn' } {
  const S = ctx.L.summary;
  const margin = formatDuration(Math.abs(c.marginMinutes), ctx.locale);
  if (c.state === 'stopped') {
    if (c.notNotifiable) return { text: S.notNotifiable, tone: 'good' };
    return c.metDeadline
      ? { text: ctx.t('document:summary.met', { margin }), tone: 'good' }
      : { text: ctx.t('document:summary.missed', { margin }), tone: 'bad' };
  }
  return c.marginMinutes >= 0
    ? { text: ctx.t('document:summary.running', { left: margin }), tone: 'warn' }
    : { text: ctx.t('document:summary.overdue', { late: margin }), tone: 'bad' };
}

/** Section 1: natures, visibility with messages per audience, phase durations, figures, notifications, deadlines. */
export function summarySection(ctx: BuildContext, data: SummaryData): ReportSection {
  const { L, locale } = ctx;
  const S = L.summary;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: S.title },
    { kind: 'paragraph', text: S.intro, italic: true, tone: 'muted' },
    { kind: 'facts', rows: [[S.natures, data.natures.map((n) => NATURE_LABELS[n].full[locale]).join('; ')]] },
    { kind: 'heading', level: 2, text: S.visibilityTitle },
    {
      kind: 'table',
      columns: [
        { header: S.audience, weight: 4 },
        { header: S.visibility, weight: 4 },
        { header: S.messages, weight: 2 },
      ],
      rows: data.visibility.map((v) => [
        cell(AUDIENCE_LABELS[v.audience].full[locale]),
        cell(VISIBILITY_LABELS[v.visibility].full[locale], v.visibility === 'no' ? 'muted' : undefined),
        cell(String(v.messages)),
      ]),
    },
    { kind: 'heading', level: 2, text: S.phasesTitle },
    {
      kind: 'table',
      columns: [
        { header: S.phase, weight: 5 },
        { header: S.from, weight: 3 },
        { header: S.until, weight: 3 },
        { header: S.duration, weight: 2 },
      ],
      rows: data.periods.map((p) => [
        cell(PHASE_LABELS[p.phase].full[locale]),
        cell(reportDateTime(p.start)),
        cell(p.ongoing ? `${reportDateTime(p.end)} (${S.ongoingPhase})` : reportDateTime(p.end)),
        cell(formatDuration(p.minutes, locale)),
      ]),
    },
    { kind: 'heading', level: 2, text: S.totalsTitle },
    {
      kind: 'facts',
      rows: [
        [S.entries, String(data.totals.entries)],
        [S.sent, String(data.totals.sent)],
        [S.received, String(data.totals.received)],
        [S.decisions, String(data.totals.decisions)],
        [S.observations, String(data.totals.observations)],
        [S.corrections, String(data.totals.corrections)],
        [
          ctx.t('document:summary.loggedLate', { min: LATE_LOGGED_AFTER_MINUTES }),
          String(data.totals.loggedLate),
        ],
      ],
    },
    { kind: 'heading', level: 2, text: S.notificationsTitle },
    data.notifications.length === 0
      ? { kind: 'paragraph', text: S.noNotifications }
      : {
          kind: 'table',
          columns: [
            { header: S.time, weight: 3 },
            { header: S.regulator, weight: 3 },
            { header: S.type, weight: 3 },
            { header: S.reference, weight: 2 },
          ],
          rows: data.notifications.map((n) => [
            cell(reportDateTime(n.at)),
            cell(n.regulator),
            cell(NOTIFICATION_TYPE_LABELS[n.notificationType][locale]),
            cell(n.reference || '–'),
          ]),
        },
    { kind: 'heading', level: 2, text: S.clocksTitle },
    data.clocks.length === 0
      ? { kind: 'paragraph', text: S.noClocks }
      : {
          kind: 'table',
          columns: [
            { header: S.clock, weight: 4 },
            { header: S.deadline, weight: 3 },
            { header: S.outcome, weight: 4 },
          ],
          rows: data.clocks.map((c) => {
            const outcome = clockOutcome(c, ctx);
            return [
              cell(`${LEGAL_CLOCK_LABELS[c.id].short[locale]}\n${LEGAL_CLOCK_LABELS[c.id].basis[locale]}`),
              cell(reportDateTime(c.deadline)),
              cell(outcome.text, outcome.tone, true),
            ];
          }),
        },
  ];
  return { id: 'summary', title: S.title, data, blocks };
}
