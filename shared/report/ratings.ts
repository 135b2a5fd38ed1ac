import type { Audience, Phase } from '../model/vocabulary';
import type { RatingLevel, RatingOverride } from './evaluation-schema';
import type { AudienceReport, BasisCode, RatedAction } from './model';

export interface ProposedRating {
  audience: Audience;
  phase: Phase;
  action: number;
  proposed: RatingLevel;
  basis: BasisCode;
  minutesAfterDue?: number;
}

const PROPOSAL: Record<BasisCode, RatingLevel> = {
  onTime: 'withoutProblems',
  late: 'someProblems',
  // some partner organisations were told, not all
  partial: 'someProblems',
  missed: 'notDone',
  // At the end of an exercise an action still open in the last phase was not done either.
  open: 'notDone',
};

/**
 * The app's proposal for every action that was owed, from the engine's verdicts: done within the
 * norm → without problems; done later or only partly (not every partner told) → some problems;
 * missed or still open → not done. Not applicable, already done earlier, not needed, not required
 * (before tracking, not visible then, skipped) and phases not reached are not rated.
 * "Major problems" is never proposed: the log cannot show it, only an observer can.
 */
export function proposeRatings(audiences: readonly AudienceReport[]): ProposedRating[] {
  const proposals: ProposedRating[] = [];
  for (const a of audiences) {
    for (const p of a.phases) {
      for (const row of p.rows) {
        let basis: BasisCode | null = null;
        if (row.status === 'done') basis = 'onTime';
        else if (row.status === 'doneLate') basis = 'late';
        else if (row.status === 'partial') basis = 'partial';
        else if (row.status === 'missed') basis = 'missed';
        else if (row.status === 'open') basis = 'open';
        if (!basis) continue;
        proposals.push({
          audience: a.audience,
          phase: p.phase,
          action: row.action,
          proposed: PROPOSAL[basis],
          basis,
          ...(row.minutesAfterDue !== undefined ? { minutesAfterDue: row.minutesAfterDue } : {}),
        });
      }
    }
  }
  return proposals;
}

export const ratingKey = (r: { audience: Audience; phase: Phase; action: number }) =>
  `${r.audience}|${r.phase}|${r.action}`;

/** The proposals with the evaluator's ratings and remarks laid over them. */
export function mergeRatings(
  proposals: readonly ProposedRating[],
  overrides: readonly RatingOverride[],
): RatedAction[] {
  const byKey = new Map(overrides.map((o) => [ratingKey(o), o]));
  return proposals.map((p) => {
    const o = byKey.get(ratingKey(p));
    const rating = o?.rating ?? p.proposed;
    return {
      ...p,
      rating,
      overridden: o?.rating != null && o.rating !== p.proposed,
      remark: o?.remark ?? '',
    };
  });
}
