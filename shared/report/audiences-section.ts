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
      return row.late ? cell(A.doneLate, 'warn', true) : cell(A.done, 'good', true);
    case 'missed':
      return cell(A.missed, 'bad', true);
    case 'notApplicable':
      return cell(A.notApplicable, 'muted', true);
    case 'open':
      return cell(A.open, 'warn', true);
    case 'notReached':
      return cell(A.notReached, 'muted');
    case 'notAsked':
      return cell(A.notAsked, 'muted');
  }
}

/** One table row: action, status, when (+ reason or recipients), minutes after phase start, by, channel. */
function actionCells(row: ActionRow, ctx: BuildContext): Cell[] {
  const A = ctx.L.audiences;
  let when = row.at ? reportDateTime(row.at) : '–';
  if (row.status === 'notApplicable' && row.reason) when = `${when}\n${A.reason(row.reason)}`;
  if (row.status === 'done' && row.recipients) when = `${when}\n${ctx.L.log.recipients} ${row.recipients}`;
  if (row.seq !== undefined) when = `${when}\n${A.entryRef(row.seq)}`;
  return [
    cell(actionName(row.action, ctx)),
    statusCell(row, ctx),
    cell(when),
    cell(row.minutesAfterPhaseStart !== undefined ? A.minutes(row.minutesAfterPhaseStart) : '–'),
    cell(row.by ?? '–'),
    cell(row.channel ?? '–'),
  ];
}

/** Section 3: per audience, per phase, every action the matrix asked for and what became of it. */
export function audiencesSection(ctx: BuildContext): ReportSection {
  const { L, locale } = ctx;
  const A = L.audiences;
  const columns = [
    { header: A.action, weight: 5 },
    { header: A.status, weight: 3 },
    { header: A.when, weight: 6 },
    { header: A.after, weight: 2.4 },
    { header: A.by, weight: 3 },
    { header: A.channel, weight: 2.6 },
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: A.title },
    { kind: 'paragraph', text: A.intro(ctx.lateAfterMinutes), italic: true, tone: 'muted' },
  ];
  for (const a of ctx.audiences) {
    blocks.push({ kind: 'heading', level: 2, text: AUDIENCE_LABELS[a.audience].full[locale] });
    blocks.push({ kind: 'facts', rows: [[A.visibility, VISIBILITY_LABELS[a.visibility].full[locale]]] });
    if (!a.active) {
      blocks.push({ kind: 'paragraph', text: A.notVisible, tone: 'muted' });
    }
    // Phases never reached ask nothing yet; they are left out so the section stays about what happened.
    const shown = a.phases.filter((p) => p.rows.length > 0 && p.rows.some((r) => r.status !== 'notReached'));
    if (a.active && shown.length === 0) blocks.push({ kind: 'paragraph', text: A.nothingAsked });
    for (const p of shown) {
      if (!a.active && p.rows.every((r) => r.status === 'notAsked')) continue;
      const when = p.reached && p.phaseStart ? A.phaseStarted(reportDateTime(p.phaseStart)) : A.phaseSkipped;
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
