import type { EvaluationEdit, EvaluationView } from '../../../../shared/api/report-api';
import type { RatingOverride } from '../../../../shared/report/evaluation-schema';
import { ratingKey } from '../../../../shared/report/ratings';
import type { RatingChoice } from './RatingsTable';

/**
 * The form's own state: lists as the text people type (one item per line) and rows as strings,
 * so typing never loses a half-finished line; turned into a valid evaluation only when saving.
 */
export interface Draft {
  date: string;
  scenario: string;
  objectives: string;
  participants: { name: string; role: string }[];
  observers: { name: string; organisation: string }[];
  lateAfterMinutes: string;
  ratings: Record<string, RatingChoice>;
  strengths: string;
  pointsToImprove: string;
  improvementActions: { what: string; owner: string; due: string }[];
  protocolUpdates: { what: string; gapIds: string[] }[];
  nextExerciseDate: string;
}

export function draftFrom(view: EvaluationView): Draft {
  const ev = view.evaluation;
  const overrides = new Map(ev.ratings.map((r) => [ratingKey(r), r]));
  return {
    date: ev.exercise.date ?? '',
    scenario: ev.exercise.scenario,
    objectives: ev.exercise.objectives.join('\n'),
    participants: ev.exercise.participants.map((p) => ({ ...p })),
    observers: ev.exercise.observers.map((o) => ({ ...o })),
    lateAfterMinutes: String(ev.lateAfterMinutes),
    ratings: Object.fromEntries(
      view.ratings.map((r) => {
        const o = overrides.get(ratingKey(r));
        return [ratingKey(r), { choice: o?.rating ?? 'proposal', remark: o?.remark ?? '' }];
      }),
    ),
    strengths: ev.strengths.join('\n'),
    pointsToImprove: ev.pointsToImprove.join('\n'),
    improvementActions: ev.improvementActions.map((a) => ({
      what: a.what,
      owner: a.owner,
      due: a.due ?? '',
    })),
    protocolUpdates: ev.protocolUpdates.map((u) => ({ what: u.what, gapIds: [...u.gapIds] })),
    nextExerciseDate: ev.nextExerciseDate ?? '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

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
  return {
    exercise: {
      date: draft.date || null,
      scenario: draft.scenario.trim(),
      objectives: lines(draft.objectives),
      participants: draft.participants.filter((p) => p.name.trim() !== ''),
      observers: draft.observers.filter((o) => o.name.trim() !== ''),
    },
    lateAfterMinutes: Number.isFinite(minutes) ? minutes : view.evaluation.lateAfterMinutes,
    ratings,
    strengths: lines(draft.strengths),
    pointsToImprove: lines(draft.pointsToImprove),
    improvementActions: draft.improvementActions
      .filter((a) => a.what.trim() !== '')
      .map((a) => ({ what: a.what.trim(), owner: a.owner.trim(), due: a.due || null })),
    protocolUpdates: draft.protocolUpdates.filter((u) => u.what.trim() !== ''),
    nextExerciseDate: draft.nextExerciseDate || null,
  };
}
