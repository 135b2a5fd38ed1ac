import { FREQUENCY_LABELS } from '../../../../shared/protocol/print-labels';
import type { MediaTasks } from '../../../../shared/protocol/schema';
import { type Block, cell, strong } from './blocks';
import type { PrintContext } from './context';
import { formatDate } from './format';

function taskLines(t: MediaTasks, ctx: PrintContext): string[] {
  const { l, language } = ctx;
  const lines: string[] = [];
  if (t.followMedia) lines.push(`• ${l.taskFollow}`);
  if (t.periodicSummary) {
    const freq = t.summaryFrequency ? ` (${FREQUENCY_LABELS[language][t.summaryFrequency]})` : '';
    lines.push(`• ${l.taskSummary}${freq}`);
  }
  if (t.alertOnNegativeSurge) lines.push(`• ${l.taskAlert}`);
  return lines.length ? lines : ['—'];
}

export function mediaSection(ctx: PrintContext): Block[] {
  const { l } = ctx;
  return [
    { kind: 'heading', level: 1, text: l.sectionMedia },
    {
      kind: 'table',
      columns: [
        { header: l.medium, weight: 2 },
        { header: l.responsible, weight: 4 },
        { header: l.deputy, weight: 4 },
        { header: l.mediaTasks, weight: 4 },
      ],
      rows: ctx.protocol.mediaMonitoring.map((m) => [
        strong(m.medium),
        ctx.personCell(m.responsibleId),
        ctx.personCell(m.deputyId),
        cell(...taskLines(m.tasks, ctx)),
      ]),
    },
  ];
}

export function escalationSection(ctx: PrintContext): Block[] {
  const { l, language } = ctx;
  const conditions = ctx.protocol.escalationConditions;
  const heading: Block = { kind: 'heading', level: 1, text: l.sectionEscalation };
  if (conditions.length === 0) return [heading, { kind: 'paragraph', text: l.none }];
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { header: l.condition, weight: 7 },
        { header: l.owner, weight: 3 },
        { header: l.agreedOn, weight: 2 },
      ],
      rows: conditions.map((c) => [
        cell(c.text),
        cell(ctx.person(c.ownerId)?.name ?? l.nobody),
        cell(formatDate(c.agreedOn, language)),
      ]),
    },
  ];
}

export function exerciseSection(ctx: PrintContext): Block[] {
  const { l, language } = ctx;
  const e = ctx.protocol.exercise;
  let next = formatDate(e.nextExercise, language);
  if (e.nextExercise !== null) next += e.nextExerciseTime ? `, ${e.nextExerciseTime}` : ` (${l.allDay})`;
  const rows: [string, string][] = [
    [l.lastExercise, formatDate(e.lastExercise, language)],
    [l.lastProtocolUpdate, formatDate(e.lastProtocolUpdate, language)],
    [l.nextExercise, next],
  ];
  if (e.nextExerciseLocation) rows.push([l.location, e.nextExerciseLocation]);
  return [
    { kind: 'heading', level: 1, text: l.sectionExercise },
    { kind: 'facts', rows },
  ];
}
