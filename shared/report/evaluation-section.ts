import { actionDefinition } from '../matrix/actions';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../matrix/labels';
import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import type { RatedAction, ReportSection } from './model';
import { mergeRatings, proposeRatings } from './ratings';

const RATING_TONE = {
  withoutProblems: 'good',
  someProblems: 'warn',
  majorProblems: 'bad',
  notDone: 'bad',
} as const;

function basisText(r: RatedAction, ctx: BuildContext): string {
  const B = ctx.L.basis;
  const m = r.minutesAfterDue ?? 0;
  if (r.basis === 'onTime') return ctx.t('document:basis.onTime', { n: m });
  if (r.basis === 'late') return ctx.t('document:basis.late', { n: m });
  return B[r.basis];
}

function ratingBlocks(ctx: BuildContext, ratings: RatedAction[]): Block[] {
  const { L, locale } = ctx;
  const E = L.evaluation;
  const blocks: Block[] = [{ kind: 'paragraph', text: E.ratingsIntro, italic: true, tone: 'muted' }];
  if (ratings.length === 0) blocks.push({ kind: 'paragraph', text: E.noRatings });
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: E.audience, weight: 3 },
        { header: E.phase, weight: 3 },
        { header: E.action, weight: 4 },
        { header: E.basis, weight: 2.6 },
        { header: E.rating, weight: 3 },
        { header: E.remark, weight: 5 },
      ],
      rows: ratings.map((r) => [
        cell(AUDIENCE_LABELS[r.audience].short[locale]),
        cell(PHASE_LABELS[r.phase].short[locale]),
        cell(`${r.action}. ${actionDefinition(r.action)?.label[locale] ?? ''}`),
        cell(basisText(r, ctx)),
        cell(`${L.rating[r.rating]}${r.overridden ? ` ${E.adjusted}` : ''}`, RATING_TONE[r.rating], true),
        cell(r.remark || '–'),
      ]),
    });
  return blocks;
}

/** The ratings the app proposes per recommended action from the log, with the evaluator's over them. */
export function evaluationRatings(ctx: BuildContext): RatedAction[] {
  return mergeRatings(proposeRatings(ctx.audiences), ctx.input.evaluation?.ratings ?? []);
}

/** The assessment per recommended action (evaluation reports): proposal from the log, evaluator's verdict. */
export function evaluationSection(ctx: BuildContext, ratings: RatedAction[]): ReportSection {
  const title = ctx.EL.ratings.title;
  const ev = ctx.input.evaluation;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: title }, ...ratingBlocks(ctx, ratings)];
  return { id: 'evaluation', title, data: { ratings, present: ev !== undefined }, blocks };
}
