import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import { reportDate } from './format';
import type { ReportSection } from './model';

const VERDICT_TONE = { achieved: 'good', partlyAchieved: 'warn', notAchieved: 'bad' } as const;

/** The overview that opens an evaluation report: what kind of exercise, about what, led by whom, with whom. */
export function overviewSection(ctx: BuildContext): ReportSection {
  const O = ctx.EL.overview;
  const ev = ctx.input.evaluation;
  const exercise = ctx.input.incident.isExercise;
  const title = exercise ? O.titleExercise : O.titleIncident;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: title }];
  if (!ev) {
    blocks.push({ kind: 'paragraph', text: ctx.L.evaluation.missing, tone: 'warn' });
    return { id: 'overview', title, blocks };
  }
  const x = ev.exercise;
  const dash = (t: string) => t || '–';
  blocks.push({
    kind: 'facts',
    rows: [
      [O.date, reportDate(x.date)],
      [exercise ? O.type : O.typeIncident, dash(x.type)],
      [ctx.words.scenario, dash(x.scenario)],
      [ctx.words.leader, dash(x.leader)],
      [O.organisations, x.organisations.join(', ') || '–'],
      [O.scope, dash(x.scope)],
      [O.method, dash(x.method)],
      [
        O.participants,
        ctx.t('evaluation:overview.participantsCount', {
          participants: ctx.t('evaluation:overview.participantCount', { count: x.participants.length }),
          observers: ctx.t('evaluation:overview.observerCount', { count: x.observers.length }),
        }),
      ],
      [O.norm, ctx.t('document:evaluation.normText', { n: ev.lateAfterMinutes })],
      ...(exercise ? [[O.nextExercise, reportDate(ev.nextExerciseDate)] as [string, string]] : []),
    ],
  });
  return { id: 'overview', title, blocks };
}

/** Each objective with its verdict (behaald / deels / niet) and the findings behind it. */
export function objectivesSection(ctx: BuildContext): ReportSection {
  const B = ctx.EL.objectives;
  const objectives = ctx.input.evaluation?.exercise.objectives ?? [];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: B.title },
    { kind: 'paragraph', text: B.intro, italic: true, tone: 'muted' },
  ];
  if (objectives.length === 0) blocks.push({ kind: 'paragraph', text: B.none, tone: 'muted' });
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: B.objective, weight: 5 },
        { header: B.verdict, weight: 2.2 },
        { header: B.findings, weight: 7 },
      ],
      rows: objectives.map((o, i) => [
        cell(`${i + 1}. ${o.text}`, undefined, true),
        o.verdict ? cell(B.verdicts[o.verdict], VERDICT_TONE[o.verdict], true) : cell(B.notJudged, 'muted'),
        cell(o.findings || '–'),
      ]),
    });
  return { id: 'objectives', title: B.title, blocks };
}
