import { actionDefinition } from '../matrix/actions';
import { AUDIENCE_LABELS, PHASE_LABELS, VISIBILITY_LABELS } from '../matrix/labels';
import { type Block, type Cell, cell } from './blocks';
import type { BuildContext } from './context';
import { reportDateTime } from './format';
import type { ActionRow, ReportSection } from './model';

function actionName(action: number, ctx: BuildContext): string {
  const def = actionDefinition(action);
  return def ? `${action}. ${def.label[ctx.locale]}` : String(action);
}

function statusCell(row: ActionRow, ctx: BuildContext): Cell {
  const A = ctx.L.audiences;
  switch (row.status) {
    case 'done':
      return cell(A.done, 'good', true);
    case 'doneLate':
      return cell(A.doneLate, 'warn', true);
    case 'partial':
      return cell(A.partial, 'warn', true);
    case 'missed':
      return cell(A.missed, 'bad', true);
    case 'notApplicable':
      return cell(A.notApplicable, 'muted', true);
    case 'open':
      return cell(A.open, 'warn', true);
    case 'satisfiedEarlier':
      return cell(A.satisfiedEarlier, 'good');
    case 'notNeeded':
      return cell(A.notNeeded, 'muted');
    case 'notRequired':
      return cell(A.notRequired, 'muted');
    case 'upcoming':
      return cell(A.upcoming, 'muted');
  }
}

/** What the "when" column says besides the time: why, how, for whom. */
function detailLines(row: ActionRow, ctx: BuildContext): string[] {
  const A = ctx.L.audiences;
  const lines: string[] = [];
  if ((row.status === 'notApplicable' || row.status === 'notNeeded') && row.reason)
    lines.push(ctx.t('document:audiences.reason', { reason: row.reason }));
  if (row.status === 'satisfiedEarlier' && row.donePhase)
    lines.push(ctx.t('document:audiences.doneIn', { phase: PHASE_LABELS[row.donePhase].short[ctx.locale] }));
  if (row.via === 'regulatorNotification') lines.push(A.viaAp);
  if (row.status === 'notRequired' && row.notRequiredReason) {
    const why = { notTracked: A.notTracked, notVisible: A.notVisibleThen, phaseSkipped: A.phaseSkipped };
    lines.push(why[row.notRequiredReason]);
  }
  if ((row.status === 'done' || row.status === 'doneLate') && row.recipients)
    lines.push(`${ctx.L.log.recipients} ${row.recipients}`);
  const p = row.partners;
  if (p && (row.status === 'partial' || row.status === 'open' || row.status === 'missed')) {
    lines.push(
      ctx.t('document:audiences.told', { n: p.told.length, total: p.told.length + p.notTold.length }),
    );
    if (p.notTold.length > 0)
      lines.push(ctx.t('document:audiences.stillToTell', { names: p.notTold.join(', ') }));
  }
  if (p && p.excluded.length > 0)
    lines.push(ctx.t('document:audiences.excluded', { names: p.excluded.join(', ') }));
  if (row.seq !== undefined) lines.push(ctx.t('document:audiences.entryRef', { seq: row.seq }));
  return lines;
}

/** One table row: action, status, when (+ reason, recipients, who is still missing), minutes after due, by, channel. */
function actionCells(row: ActionRow, ctx: BuildContext): Cell[] {
  const when = [row.at ? reportDateTime(row.at) : '–', ...detailLines(row, ctx)].join('\n');
  return [
    cell(actionName(row.action, ctx)),
    statusCell(row, ctx),
    cell(when),
    cell(
      row.minutesAfterDue !== undefined
        ? ctx.t('document:audiences.minutes', { n: row.minutesAfterDue })
        : '–',
    ),
    cell(row.by ?? '–'),
    cell(row.channel ?? '–'),
  ];
}

/** A phase row is reported when something was owed, done or decided in it. */
const QUIET = new Set(['upcoming', 'notRequired']);

/** Section 3: per audience, per phase, every action the matrix asked for and what became of it. */
export function audiencesSection(ctx: BuildContext): ReportSection {
  const { L, locale } = ctx;
  const A = L.audiences;
  const columns = [
    { header: A.action, weight: 5 },
    { header: A.status, weight: 3 },
    { header: A.when, weight: 5.4 },
    { header: A.after, weight: 3 },
    { header: A.by, weight: 3 },
    { header: A.channel, weight: 2.6 },
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: A.title },
    {
      kind: 'paragraph',
      text: ctx.t('document:audiences.intro', { late: ctx.lateAfterMinutes }),
      italic: true,
      tone: 'muted',
    },
  ];
  for (const a of ctx.audiences) {
    blocks.push({ kind: 'heading', level: 2, text: AUDIENCE_LABELS[a.audience].full[locale] });
    blocks.push({ kind: 'facts', rows: [[A.visibility, VISIBILITY_LABELS[a.visibility].full[locale]]] });
    // Phases where nothing was owed or done (not reached, before tracking, not visible then) are
    // left out so the section stays about what happened.
    const shown = a.phases.filter((p) => p.rows.some((r) => !QUIET.has(r.status)));
    if (shown.length === 0)
      blocks.push({ kind: 'paragraph', text: a.active ? A.nothingAsked : A.notVisible, tone: 'muted' });
    for (const p of shown) {
      const when =
        p.reached && p.phaseStarts.length > 0
          ? ctx.t('document:audiences.phaseStarted', {
              at: p.phaseStarts.map(reportDateTime).join(` ${A.again} `),
            })
          : A.phaseSkipped;
      blocks.push({ kind: 'heading', level: 3, text: `${PHASE_LABELS[p.phase].full[locale]} — ${when}` });
      blocks.push({ kind: 'table', columns, rows: p.rows.map((r) => actionCells(r, ctx)) });
    }
    if (a.extra.length > 0) {
      blocks.push({ kind: 'heading', level: 3, text: A.extraTitle });
      blocks.push({ kind: 'paragraph', text: A.extraIntro, italic: true, tone: 'muted' });
      blocks.push({
        kind: 'table',
        columns: [
          { header: A.action, weight: 5 },
          { header: A.phase, weight: 4 },
          { header: A.count, weight: 2 },
          { header: A.firstLast, weight: 5 },
        ],
        rows: a.extra.map((x) => [
          cell(actionName(x.action, ctx)),
          cell(PHASE_LABELS[x.phase].short[locale]),
          cell(String(x.count)),
          cell(
            x.count === 1
              ? reportDateTime(x.first)
              : `${reportDateTime(x.first)} – ${reportDateTime(x.last)}`,
          ),
        ]),
      });
    }
  }
  return { id: 'audiences', title: A.title, data: ctx.audiences, blocks };
}
