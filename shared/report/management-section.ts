import type { Block } from './blocks';
import type { BuildContext } from './context';
import type { RatedAction, ReportSection } from './model';

/** How many strengths and points to improve the summary lifts out; the rest are in their chapter. */
const TOP = 3;

/**
 * The management summary evaluators put first (HSEEP "executive summary"): the conclusions in
 * the evaluator's words, the objectives' verdicts and the actions' outcome counted, the top
 * strengths and points to improve, and the size of the improvement plan.
 */
export function managementSection(ctx: BuildContext, ratings: RatedAction[]): ReportSection {
  const M = ctx.EL.management;
  const ev = ctx.input.evaluation;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: M.title },
    {
      kind: 'paragraph',
      text: ctx.t('evaluation:management.intro', { event: ctx.words.event }),
      italic: true,
      tone: 'muted',
    },
    { kind: 'heading', level: 2, text: M.conclusions },
  ];
  if (!ev) {
    blocks.push({ kind: 'paragraph', text: ctx.L.evaluation.missing, tone: 'warn' });
    return { id: 'management', title: M.title, blocks };
  }
  blocks.push(
    ev.conclusions
      ? { kind: 'paragraph', text: ev.conclusions }
      : { kind: 'paragraph', text: ctx.EL.notFilled, tone: 'muted' },
  );
  const verdicts = ev.exercise.objectives.map((o) => o.verdict);
  const count = (v: string | null) => verdicts.filter((x) => x === v).length;
  const facts: string[] = [];
  if (verdicts.length > 0)
    facts.push(
      // "…, 2 nog niet beoordeeld" only when some objective is still unjudged
      ctx.t(
        count(null) > 0
          ? 'evaluation:management.objectivesTallyWithOpen'
          : 'evaluation:management.objectivesTally',
        {
          achieved: count('achieved'),
          partly: count('partlyAchieved'),
          not: count('notAchieved'),
          open: count(null),
        },
      ),
    );
  if (ratings.length > 0) {
    const onTime = ratings.filter((r) => r.basis === 'onTime').length;
    const late = ratings.filter((r) => r.basis === 'late').length;
    const missed = ratings.filter((r) => r.basis === 'missed' || r.basis === 'partial').length;
    facts.push(
      ctx.t('evaluation:management.actionsTally', { done: onTime, late, missed, total: ratings.length }),
    );
  }
  const planned = ev.improvementActions.length;
  facts.push(
    planned === 0
      ? M.improvementPlanNone
      : ctx.t('evaluation:management.improvementPlan', {
          count: planned,
          high: ev.improvementActions.filter((a) => a.priority === 'high').length,
        }),
  );
  blocks.push({ kind: 'bullets', items: facts });
  if (ev.strengths.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: M.topStrengths });
    blocks.push({ kind: 'bullets', items: ev.strengths.slice(0, TOP).map((f) => f.text) });
  }
  if (ev.pointsToImprove.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: M.topImprovements });
    blocks.push({ kind: 'bullets', items: ev.pointsToImprove.slice(0, TOP).map((f) => f.text) });
  }
  return { id: 'management', title: M.title, blocks };
}
