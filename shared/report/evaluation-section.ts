import { actionDefinition } from '../matrix/actions';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../matrix/labels';
import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import type { Evaluation } from './evaluation-schema';
import { reportDate, reportDateTime } from './format';
import type { RatedAction, ReportSection } from './model';
import { mergeRatings, proposeRatings } from './ratings';

const RATING_TONE = {
  withoutProblems: 'good',
  someProblems: 'warn',
  majorProblems: 'bad',
  notDone: 'bad',
} as const;

function listOrNone(title: string, items: string[], none: string): Block[] {
  return [
    { kind: 'heading', level: 2, text: title },
    items.length > 0 ? { kind: 'bullets', items } : { kind: 'paragraph', text: none, tone: 'muted' },
  ];
}

function basisText(r: RatedAction, ctx: BuildContext): string {
  const B = ctx.L.basis;
  const m = r.minutesAfterDue ?? 0;
  if (r.basis === 'onTime') return B.onTime(m);
  if (r.basis === 'late') return B.late(m);
  return B[r.basis];
}

function evaluationBlocks(ctx: BuildContext, ev: Evaluation, ratings: RatedAction[]): Block[] {
  const { L, locale } = ctx;
  const E = L.evaluation;
  const x = ev.exercise;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: E.detailsTitle },
    {
      kind: 'facts',
      rows: [
        [E.date, reportDate(x.date)],
        [E.scenario, x.scenario || E.none],
        [E.norm, E.normText(ev.lateAfterMinutes)],
        [E.nextExercise, reportDate(ev.nextExerciseDate)],
      ],
    },
    ...listOrNone(E.objectives, x.objectives, E.noneGiven),
    { kind: 'heading', level: 2, text: E.participants },
    x.participants.length > 0
      ? { kind: 'bullets', items: x.participants.map((p) => (p.role ? `${p.name} — ${p.role}` : p.name)) }
      : { kind: 'paragraph', text: E.noneGiven, tone: 'muted' },
    { kind: 'heading', level: 2, text: E.observers },
    x.observers.length > 0
      ? {
          kind: 'bullets',
          items: x.observers.map((o) => (o.organisation ? `${o.name} (${o.organisation})` : o.name)),
        }
      : { kind: 'paragraph', text: E.noneGiven, tone: 'muted' },
    { kind: 'heading', level: 2, text: E.ratingsTitle },
    { kind: 'paragraph', text: E.ratingsIntro, italic: true, tone: 'muted' },
  ];
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
  blocks.push(...listOrNone(E.strengths, ev.strengths, E.noneGiven));
  blocks.push(...listOrNone(E.pointsToImprove, ev.pointsToImprove, E.noneGiven));
  blocks.push({ kind: 'heading', level: 2, text: E.improvementActions });
  blocks.push(
    ev.improvementActions.length === 0
      ? { kind: 'paragraph', text: E.noneGiven, tone: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: E.what, weight: 7 },
            { header: E.owner, weight: 3 },
            { header: E.due, weight: 2 },
          ],
          rows: ev.improvementActions.map((a) => [
            cell(a.what),
            cell(a.owner || '–'),
            cell(reportDate(a.due)),
          ]),
        },
  );
  const gaps = new Map((ev.readinessSnapshot?.gaps ?? []).map((g) => [g.id, g]));
  blocks.push({ kind: 'heading', level: 2, text: E.protocolUpdates });
  blocks.push(
    ev.protocolUpdates.length === 0
      ? { kind: 'paragraph', text: E.noneGiven, tone: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: E.what, weight: 5 },
            { header: E.linkedGaps, weight: 5 },
          ],
          rows: ev.protocolUpdates.map((u) => [
            cell(u.what),
            cell(u.gapIds.map((id) => gaps.get(id)?.message[locale] ?? id).join('\n') || '–'),
          ]),
        },
  );
  blocks.push({ kind: 'heading', level: 2, text: E.snapshotTitle });
  const snap = ev.readinessSnapshot;
  if (!snap) blocks.push({ kind: 'paragraph', text: E.noSnapshot, tone: 'muted' });
  else {
    blocks.push({
      kind: 'paragraph',
      text: E.snapshotText(snap.met, snap.checks, reportDateTime(snap.takenAt)),
    });
    if (snap.gaps.length > 0)
      blocks.push({ kind: 'bullets', items: snap.gaps.map((g) => g.message[locale]) });
  }
  return blocks;
}

/** Section 5 (evaluations only): the exercise leader's evaluation with the app's proposed ratings. */
export function evaluationSection(ctx: BuildContext): ReportSection {
  const E = ctx.L.evaluation;
  const ev = ctx.input.evaluation;
  const ratings = mergeRatings(proposeRatings(ctx.audiences), ev?.ratings ?? []);
  const notes = ctx.effective.filter((e) => e.kind === 'observation' && e.evaluatorNote);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: E.title },
    { kind: 'paragraph', text: E.intro, italic: true, tone: 'muted' },
  ];
  if (!ev) blocks.push({ kind: 'paragraph', text: E.missing, tone: 'warn' });
  else blocks.push(...evaluationBlocks(ctx, ev, ratings));
  blocks.push(
    ...listOrNone(
      E.evaluatorNotes,
      notes.map((n) => `${reportDateTime(n.occurredAt)} — ${n.author}: ${'summary' in n ? n.summary : ''}`),
      E.noneGiven,
    ),
  );
  return { id: 'evaluation', title: E.title, data: { ratings, present: ev !== undefined }, blocks };
}
