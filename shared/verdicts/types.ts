import type { Audience, Nature, Phase, Visibility } from '../model/vocabulary';

/**
 * The verdict vocabulary (DESIGN.md §6), the same on the board, the projector, in the reports and in
 * `ketenbord status`:
 * - done / doneLate: told (within / beyond the organisation's norm after it became due);
 * - partial: some of the partner organisations the protocol lists were told, not all;
 * - open: due now, in the current phase; missed: was due in a past phase and not done;
 * - notApplicable: the team decided it does not apply here (with a reason);
 * - satisfiedEarlier: a once-only action already done in an earlier phase;
 * - notNeeded: a "where needed" action that was not needed;
 * - notRequired: nothing was owed: the audience could not see the incident then, the phase lay
 *   before tracking began, or the incident skipped the phase;
 * - upcoming: a phase the incident has not reached.
 */
export const VERDICT_STATUSES = [
  'done',
  'doneLate',
  'partial',
  'open',
  'missed',
  'notApplicable',
  'satisfiedEarlier',
  'notNeeded',
  'notRequired',
  'upcoming',
] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export const NOT_REQUIRED_REASONS = ['notTracked', 'notVisible', 'phaseSkipped'] as const;
export type NotRequiredReason = (typeof NOT_REQUIRED_REASONS)[number];

/** Where a phase row stands: `past` was visited and left; `current` is where the incident is. */
export type PhaseTiming = 'notTracked' | 'past' | 'skipped' | 'current' | 'upcoming';

/** Which of the partner organisations listed in the protocol have been told (stakeholder ids). */
export interface RecipientState {
  told: string[];
  notTold: string[];
  /** excluded for this incident by a decision with a reason */
  excluded: string[];
}

export interface Verdict {
  phase: Phase;
  audience: Audience;
  action: number;
  status: VerdictStatus;
  /** the incident's natures whose matrix column asks for this action in this phase */
  natures: Nature[];
  /** when it became due here: the later of the phase starting and the audience seeing the incident */
  owedFrom?: string;
  /** open or partial in the current phase: when it counts as overdue (owedFrom + the norm) */
  dueAt?: string;
  /** done/doneLate: when it was done; notApplicable/notNeeded: when decided; satisfiedEarlier: when done */
  at?: string;
  /** the log entry that did it or decided it */
  seq?: number;
  /** done/doneLate: minutes between becoming due and being done (0 when done before it was due) */
  minutesAfterDue?: number;
  /** satisfiedEarlier: the phase in which it was done */
  donePhase?: Phase;
  /** done by a message, or (action 6) by the data-breach notification to the AP */
  via?: 'message' | 'regulatorNotification';
  /** notApplicable / notNeeded: the reason given */
  reason?: string;
  notRequiredReason?: NotRequiredReason;
  /** partner audiences whose organisations the protocol lists */
  recipients?: RecipientState;
  /** a "where needed" action: left undone it is not needed, never missed */
  conditional?: boolean;
}

/** A message for an action the matrix did not ask for in that phase (a repeat, an update). */
export interface ExtraMessage {
  action: number;
  at: string;
  seq: number;
}

export interface PhaseVerdicts {
  phase: Phase;
  timing: PhaseTiming;
  /** ISO start of each stay in this phase */
  periods: { start: string; end: string | null }[];
  verdicts: Verdict[];
  extra: ExtraMessage[];
}

export interface AudienceVerdicts {
  audience: Audience;
  /** visibility now */
  visibility: Visibility;
  /** visible now: the board dims the others */
  active: boolean;
  /** when the audience first could see the incident; null if never */
  visibleSince: string | null;
  phases: PhaseVerdicts[];
}

export interface IncidentVerdicts {
  trackedFrom: string;
  currentPhase: Phase;
  closed: boolean;
  normMinutes: number;
  audiences: AudienceVerdicts[];
  /** stakeholder id → organisation name, for "1 van 2 · SPPD nog niet" */
  organisations: Record<string, string>;
}
