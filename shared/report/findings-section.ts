import { type Block, cell } from './blocks';
import type { BuildContext } from './context';
import type { Evaluation, Finding } from './evaluation-schema';
import { reportDate, reportDateTime } from './format';
import type { ReportSection } from './model';

const PRIORITY_TONE = { high: 'bad', medium: 'warn', low: 'muted' } as const;

/** Findings grouped under the objective they belong to; those tied to none come last. */
function grouped(ctx: BuildContext, ev: Evaluation, title: string, items: Finding[]): Block[] {
  const F = ctx.EL.findings;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: title }];
  if (items.length === 0) return [...blocks, { kind: 'paragraph', text: ctx.EL.notFilled, tone: 'muted' }];
  const objectives = ev.exercise.objectives;
  const groups = new Map<number | null, string[]>();
  for (const f of items) {
    const key = f.objective !== null && f.objective < objectives.length ? f.objective : null;
    groups.set(key, [...(groups.get(key) ?? []), f.text]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a ?? 999) - (b ?? 999));
  for (const key of keys) {
    const heading =
      key === null
        ? F.general
        : ctx.t('evaluation:findings.objectiveRef', { n: key + 1, text: objectives[key]!.text });
    // a single group without an objective needs no subheading
    if (keys.length > 1 || key !== null) blocks.push({ kind: 'heading', level: 3, text: heading });
    blocks.push({ kind: 'bullets', items: groups.get(key)! });
  }
  return blocks;
}

/** Strengths and points to improve, tied to objectives; for a real incident these are its lessons. */
export function findingsSection(ctx: BuildContext): ReportSection {
  const F = ctx.EL.findings;
  const ev = ctx.input.evaluation;
  const title = ctx.input.incident.isExercise ? F.title : F.titleLessons;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: title }];
  if (!ev) {
    blocks.push({ kind: 'paragraph', text: ctx.L.evaluation.missing, tone: 'warn' });
    return { id: 'findings', title, blocks };
  }
  if (ev.exercise.objectives.length > 0)
    blocks.push({ kind: 'paragraph', text: F.intro, italic: true, tone: 'muted' });
  blocks.push(...grouped(ctx, ev, F.strengths, ev.strengths));
  blocks.push(...grouped(ctx, ev, F.pointsToImprove, ev.pointsToImprove));
  return { id: 'findings', title, blocks };
}

export function recommendationsSection(ctx: BuildContext): ReportSection {
  const R = ctx.EL.recommendations;
  const items = ctx.input.evaluation?.recommendations ?? [];
  return {
    id: 'recommendations',
    title: R.title,
    blocks: [
      { kind: 'heading', level: 1, text: R.title },
      items.length > 0 ? { kind: 'bullets', items } : { kind: 'paragraph', text: R.none, tone: 'muted' },
    ],
  };
}

/** The improvement plan (HSEEP "IP"): finding, action, owner, organisation, start, due, status, priority. */
export function planSection(ctx: BuildContext): ReportSection {
  const P = ctx.EL.plan;
  const actions = ctx.input.evaluation?.improvementActions ?? [];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: P.title },
    { kind: 'paragraph', text: P.intro, italic: true, tone: 'muted' },
  ];
  if (actions.length === 0) blocks.push({ kind: 'paragraph', text: P.none, tone: 'muted' });
  else
    blocks.push({
      kind: 'table',
      columns: [
        // dates and 'Communicatie' must fit on one line at 9 pt
        { header: P.finding, weight: 3.2 },
        { header: P.action, weight: 3.6 },
        { header: P.owner, weight: 2.2 },
        { header: P.organisation, weight: 3.2 },
        { header: P.start, weight: 2.5 },
        { header: P.due, weight: 2.5 },
        { header: P.status, weight: 2 },
        { header: P.priority, weight: 2.1 },
      ],
      rows: actions.map((a) => [
        cell(a.finding || '–'),
        cell(a.what, undefined, true),
        cell(a.owner || '–'),
        cell(a.organisation || '–'),
        cell(reportDate(a.start)),
        cell(reportDate(a.due)),
        cell(P.statuses[a.status], a.status === 'done' ? 'good' : undefined),
        cell(P.priorities[a.priority], PRIORITY_TONE[a.priority], a.priority === 'high'),
      ]),
    });
  return { id: 'plan', title: P.title, blocks };
}

/** Protocol updates, each with the readiness gaps it answers, and the readiness figure. */
export function protocolUpdatesSection(ctx: BuildContext): ReportSection {
  const E = ctx.L.evaluation;
  const T = ctx.EL.protocol;
  const ev = ctx.input.evaluation;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: T.title }];
  const snap = ev?.readinessSnapshot ?? null;
  blocks.push(
    snap
      ? {
          kind: 'paragraph',
          text: ctx.t('evaluation:protocol.readiness', {
            met: snap.met,
            checks: snap.checks,
            percent: Math.round((snap.met / Math.max(1, snap.checks)) * 100),
            at: reportDateTime(snap.takenAt),
          }),
        }
      : { kind: 'paragraph', text: E.noSnapshot, tone: 'muted' },
  );
  const updates = ev?.protocolUpdates ?? [];
  const gaps = new Map((snap?.gaps ?? []).map((g) => [g.id, g]));
  blocks.push(
    updates.length === 0
      ? { kind: 'paragraph', text: E.noneGiven, tone: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: E.what, weight: 5 },
            { header: E.linkedGaps, weight: 5 },
          ],
          rows: updates.map((u) => [
            cell(u.what),
            cell(u.gapIds.map((id) => gaps.get(id)?.message[ctx.locale] ?? id).join('\n') || '–'),
          ]),
        },
  );
  if (snap && snap.gaps.length > 0) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: ctx.t('evaluation:protocol.snapshotTitle', { event: ctx.words.event }),
    });
    blocks.push({ kind: 'bullets', items: snap.gaps.map((g) => g.message[ctx.locale]) });
  }
  return { id: 'protocolUpdates', title: T.title, blocks };
}
