import type { EvaluationEdit, EvaluationView } from '../../../../shared/api/report-api';
import { AUDIENCES, type Audience } from '../../../../shared/model/vocabulary';
import {
  IMPROVEMENT_STATUSES,
  OBJECTIVE_VERDICTS,
  PRIORITIES,
  type RatingOverride,
} from '../../../../shared/report/evaluation-schema';
import { ratingKey } from '../../../../shared/report/ratings';
import type { RatingChoice } from './RatingsTable';

/**
 * The form's own state: lists as the text people type (one item per line) and rows as strings,
 * so typing never loses a half-finished line; turned into a valid evaluation only when saving.
 */
export interface Draft {
  date: string;
  type: string;
  scenario: string;
  leader: string;
  organisations: string;
  scope: string;
  method: string;
  conclusions: string;
  /** verdict '' = not judged yet */
  objectives: { text: string; verdict: string; findings: string }[];
  participants: { name: string; role: string }[];
  observers: { name: string; organisation: string }[];
  lateAfterMinutes: string;
  ratings: Record<string, RatingChoice>;
  /** objective '' = tied to no objective, else its index */
  strengths: { text: string; objective: string }[];
  pointsToImprove: { text: string; objective: string }[];
  recommendations: string;
  improvementActions: {
    finding: string;
    what: string;
    owner: string;
    organisation: string;
    start: string;
    due: string;
    status: string;
    priority: string;
  }[];
  protocolUpdates: { what: string; gapIds: string[] }[];
  action10Outcomes: Record<Audience, string>;
  approvalBy: string;
  approvalRole: string;
  approvalOn: string;
  nextExerciseDate: string;
}

const findingDraft = (f: { text: string; objective: number | null }) => ({
  text: f.text,
  objective: f.objective === null ? '' : String(f.objective),
});

export function draftFrom(view: EvaluationView): Draft {
  const ev = view.evaluation;
  const overrides = new Map(ev.ratings.map((r) => [ratingKey(r), r]));
  const outcomes = new Map(ev.action10Outcomes.map((o) => [o.audience, o.outcome]));
  const x = ev.exercise;
  return {
    date: x.date ?? '',
    type: x.type,
    scenario: x.scenario,
    leader: x.leader,
    organisations: x.organisations.join('\n'),
    scope: x.scope,
    method: x.method,
    conclusions: ev.conclusions,
    objectives: x.objectives.map((o) => ({ text: o.text, verdict: o.verdict ?? '', findings: o.findings })),
    participants: x.participants.map((p) => ({ ...p })),
    observers: x.observers.map((o) => ({ ...o })),
    lateAfterMinutes: String(ev.lateAfterMinutes),
    ratings: Object.fromEntries(
      view.ratings.map((r) => {
        const o = overrides.get(ratingKey(r));
        return [ratingKey(r), { choice: o?.rating ?? 'proposal', remark: o?.remark ?? '' }];
      }),
    ),
    strengths: ev.strengths.map(findingDraft),
    pointsToImprove: ev.pointsToImprove.map(findingDraft),
    recommendations: ev.recommendations.join('\n'),
    improvementActions: ev.improvementActions.map((a) => ({
      finding: a.finding,
      what: a.what,
      owner: a.owner,
      organisation: a.organisation,
      start: a.start ?? '',
      due: a.due ?? '',
      status: a.status,
      priority: a.priority,
    })),
    protocolUpdates: ev.protocolUpdates.map((u) => ({ what: u.what, gapIds: [...u.gapIds] })),
    action10Outcomes: Object.fromEntries(AUDIENCES.map((a) => [a, outcomes.get(a) ?? ''])) as Record<
      Audience,
      string
    >,
    approvalBy: ev.approval.by,
    approvalRole: ev.approval.role,
    approvalOn: ev.approval.on ?? '',
    nextExerciseDate: ev.nextExerciseDate ?? '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A value from a fixed list, or the fallback when the form holds something else. */
function oneOf<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The objective a finding is tied to; an index that no longer exists (objective removed) unties it. */
function objectiveIndex(value: string, objectives: number): number | null {
  const n = Number.parseInt(value, 10);
  return Number.isInteger(n) && n >= 0 && n < objectives ? n : null;
}

/** Empty rows are dropped rather than refused: an added row left blank is not an error. */
export function editFrom(draft: Draft, view: EvaluationView): EvaluationEdit {
  const ratings: RatingOverride[] = [];
  for (const r of view.ratings) {
    const c = draft.ratings[ratingKey(r)];
    if (!c || (c.choice === 'proposal' && c.remark.trim() === '')) continue;
    ratings.push({
      audience: r.audience,
      phase: r.phase,
      action: r.action,
      rating: c.choice === 'proposal' ? null : c.choice,
      remark: c.remark.trim(),
    });
  }
  const minutes = Number.parseInt(draft.lateAfterMinutes, 10);
  const objectives = draft.objectives
    .filter((o) => o.text.trim() !== '')
    .map((o) => ({
      text: o.text.trim(),
      verdict: o.verdict === '' ? null : oneOf(OBJECTIVE_VERDICTS, o.verdict, 'achieved'),
      findings: o.findings.trim(),
    }));
  const findings = (rows: Draft['strengths']) =>
    rows
      .filter((f) => f.text.trim() !== '')
      .map((f) => ({ text: f.text.trim(), objective: objectiveIndex(f.objective, objectives.length) }));
  return {
    exercise: {
      date: draft.date || null,
      type: draft.type.trim(),
      scenario: draft.scenario.trim(),
      leader: draft.leader.trim(),
      organisations: lines(draft.organisations),
      scope: draft.scope.trim(),
      method: draft.method.trim(),
      objectives,
      participants: draft.participants.filter((p) => p.name.trim() !== ''),
      observers: draft.observers.filter((o) => o.name.trim() !== ''),
    },
    conclusions: draft.conclusions.trim(),
    lateAfterMinutes: Number.isFinite(minutes) ? minutes : view.evaluation.lateAfterMinutes,
    ratings,
    strengths: findings(draft.strengths),
    pointsToImprove: findings(draft.pointsToImprove),
    recommendations: lines(draft.recommendations),
    improvementActions: draft.improvementActions
      .filter((a) => a.what.trim() !== '')
      .map((a) => ({
        finding: a.finding.trim(),
        what: a.what.trim(),
        owner: a.owner.trim(),
        organisation: a.organisation.trim(),
        start: a.start || null,
        due: a.due || null,
        status: oneOf(IMPROVEMENT_STATUSES, a.status, 'planned'),
        priority: oneOf(PRIORITIES, a.priority, 'medium'),
      })),
    protocolUpdates: draft.protocolUpdates.filter((u) => u.what.trim() !== ''),
    action10Outcomes: AUDIENCES.filter((a) => draft.action10Outcomes[a].trim() !== '').map((audience) => ({
      audience,
      outcome: draft.action10Outcomes[audience].trim(),
    })),
    approval: { by: draft.approvalBy.trim(), role: draft.approvalRole.trim(), on: draft.approvalOn || null },
    nextExerciseDate: draft.nextExerciseDate || null,
  };
}
