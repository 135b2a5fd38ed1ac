import type { DocumentMetadata } from '../document/model';
import type { ConditionState } from '../escalation/conditions';
import type { ExerciseState } from '../exercise/exercise-state';
import type { Incident } from '../incident/schema';
import type { LogEntry } from '../log/entry-schema';
import type { Locale } from '../matrix/labels';
import type { Audience, LegalClockId, Nature, Phase, Visibility } from '../model/vocabulary';
import type { Protocol } from '../protocol/schema';
import type { NotRequiredReason, VerdictStatus } from '../verdicts/types';
import type { Block } from './blocks';
import type { ClosingData } from './closing-section';
import type { Evaluation, RatingLevel } from './evaluation-schema';
import type { InjectsData } from './injects-section';
import type { MediaPicture } from './media-section';

export const REPORT_KINDS = ['aftercare', 'evaluation'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const CLASSIFICATIONS = ['none', 'intern', 'vertrouwelijk'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export interface Verification {
  ok: boolean;
  count: number;
  headHash: string;
  /** the anchor beside the journal (absent from callers that predate it: nothing said about it) */
  anchor?: {
    status: 'new' | 'unanchored' | 'anchored' | 'damaged';
    /** anchoring began at this line count and time; 0 for a journal anchored from its first line */
    since: { count: number; at: string } | null;
  };
  /** every break found, in the log's own words (Dutch and English) */
  breaks?: Array<{ line: number; reason: string; reasonEn: string }>;
  /** exports the app recorded before this one, and whether their head is still in the journal */
  earlierExports?: Array<{
    at: string;
    document: 'aftercare' | 'evaluation';
    format: 'docx' | 'pdf';
    count: number;
    headHash: string;
    holds: boolean;
  }>;
}

export interface ReportInput {
  protocol: Protocol;
  incident: Incident;
  entries: readonly LogEntry[];
  verification: Verification;
  evaluation?: Evaluation;
  kind: ReportKind;
  language: Locale;
  classification: Classification;
  /** ISO instant or Date; the only "now" the model knows, so the same input gives the same report */
  generatedAt: string | Date;
  appVersion: string;
  author: string;
  /** the exercise's script and runner state, for an exercise run from a scenario (issue 16) */
  exercise?: ExerciseState;
}

/** One stretch of time the incident spent in a phase; a phase visited twice has two periods. */
export interface PhasePeriod {
  phase: Phase;
  start: string;
  end: string;
  /** the last period of an incident that is not closed: it runs up to the last log entry */
  ongoing: boolean;
  minutes: number;
}

export interface TimelineData {
  start: string;
  end: string;
  ongoing: boolean;
  periods: PhasePeriod[];
  messages: { at: string; audience: Audience; action: number | null; seq: number }[];
  received: { at: string; seq: number }[];
  phaseChanges: { at: string; from: Phase; to: Phase; seq: number }[];
  notifications: { at: string; regulator: string; seq: number }[];
}

/** The verdict of the one engine (shared/verdicts), the same as on the board. */
export type ActionRowStatus = VerdictStatus;

/** One recommended action of one audience in one phase, and what happened to it. */
export interface ActionRow {
  audience: Audience;
  phase: Phase;
  action: number;
  natures: Nature[];
  status: ActionRowStatus;
  /** done: occurredAt of the message; decided: when */
  at?: string;
  /** done/doneLate: minutes between becoming due and being done */
  minutesAfterDue?: number;
  by?: string;
  channel?: string;
  /** who received the message that did it */
  recipients?: string;
  /** partner audiences: the organisations told, still to be told, excluded (names) */
  partners?: { told: string[]; notTold: string[]; excluded: string[] };
  seq?: number;
  reason?: string;
  donePhase?: Phase;
  via?: 'message' | 'regulatorNotification';
  notRequiredReason?: NotRequiredReason;
}

export interface ExtraMessages {
  phase: Phase;
  action: number;
  count: number;
  first: string;
  last: string;
}

export interface AudienceReport {
  audience: Audience;
  visibility: Visibility;
  active: boolean;
  phases: {
    phase: Phase;
    reached: boolean;
    /** the first time the incident entered the phase */
    phaseStart: string | null;
    /** every time it entered the phase, in order */
    phaseStarts: string[];
    rows: ActionRow[];
  }[];
  /**
   * messages with an action the matrix did not ask for in that phase (repeats, updates), counted
   * per phase and action: every single one is in the appendix already
   */
  extra: ExtraMessages[];
}

export interface ClockSummary {
  id: LegalClockId;
  deadline: string;
  state: 'running' | 'stopped';
  /** stopped clocks: whether the stop came before the deadline */
  metDeadline?: boolean;
  /** stopped by a decision that the incident was not notifiable */
  notNotifiable: boolean;
  stoppedAt?: string;
  /** minutes between the stop (or generation time) and the deadline; negative = late */
  marginMinutes: number;
}

export interface SummaryData {
  natures: Nature[];
  visibility: { audience: Audience; visibility: Visibility; messages: number }[];
  periods: PhasePeriod[];
  /** total minutes per phase, in PHASES order, only phases that were reached */
  phaseMinutes: { phase: Phase; minutes: number }[];
  totals: {
    entries: number;
    sent: number;
    received: number;
    decisions: number;
    observations: number;
    corrections: number;
    /** entries recorded more than LATE_LOGGED_AFTER_MINUTES after they happened (as logged) */
    loggedLate: number;
  };
  notifications: {
    seq: number;
    at: string;
    regulator: string;
    notificationType: Extract<LogEntry, { kind: 'regulatorNotification' }>['notificationType'];
    reference: string;
    summary: string;
  }[];
  clocks: ClockSummary[];
}

export type BasisCode = 'onTime' | 'late' | 'partial' | 'missed' | 'open';

export interface RatedAction {
  audience: Audience;
  phase: Phase;
  action: number;
  proposed: RatingLevel;
  basis: BasisCode;
  minutesAfterDue?: number;
  /** the evaluator's rating, or the proposal when none was given */
  rating: RatingLevel;
  overridden: boolean;
  remark: string;
}

export interface OpenPoint {
  kind: 'action10' | 'unanswered' | 'clock';
  text: string;
  audience?: Audience;
  seq?: number;
}

export interface IntegrityStatement extends Verification {
  text: string;
}

interface SectionBase {
  title: string;
  blocks: Block[];
}

export type ReportSection =
  | (SectionBase & { id: 'cover'; data: CoverData })
  | (SectionBase & { id: 'summary'; data: SummaryData })
  | (SectionBase & { id: 'timeline'; data: TimelineData })
  | (SectionBase & { id: 'audiences'; data: AudienceReport[] })
  | (SectionBase & { id: 'openPoints'; data: { open: OpenPoint[]; done: OpenPoint[] } })
  | (SectionBase & { id: 'evaluation'; data: { ratings: RatedAction[]; present: boolean } })
  | (SectionBase & { id: 'appendix'; data: { entries: number; integrity: IntegrityStatement } })
  /** issue 16: the exercise's injects and responses (shared/report/injects-section.ts) */
  | (SectionBase & { id: 'injects'; data: InjectsData })
  /** issue 16: escalation conditions met (shared/report/escalation-section.ts) */
  | (SectionBase & { id: 'escalation'; data: { conditions: ConditionState[] } })
  | (SectionBase & { id: 'media'; data: MediaPicture })
  | (SectionBase & { id: 'closing'; data: ClosingData })
  | (SectionBase & {
      id:
        | 'management'
        | 'overview'
        | 'objectives'
        | 'findings'
        | 'recommendations'
        | 'plan'
        | 'protocolUpdates'
        | 'approval'
        | 'annex';
      data?: undefined;
    });

export type SectionId = ReportSection['id'];

export interface CoverData {
  organisation: string;
  title: string;
  subtitle: string;
  incidentTitle: string;
  isExercise: boolean;
  /** "EXERCISE — not a real incident" or "Real incident", in the report's language */
  exerciseText: string;
  notice: string;
  period: { start: string; end: string; ongoing: boolean };
  author: string;
  facts: [string, string][];
  /** credit to CIP and its licence, the matrix used, the tool */
  colophon: string[];
}

export type { DocumentMetadata } from '../document/model';

export interface ReportModel {
  kind: ReportKind;
  language: Locale;
  classification: Classification;
  /** 'VERTROUWELIJK', 'INTERN' … or '' for none; printed in every header and footer */
  classificationMark: string;
  /** 'OEFENING' / 'EXERCISE' for an exercise, '' for a real incident; in every header and footer */
  exerciseMark: string;
  /** the marks a page header carries (exercise, classification), joined; '' when none */
  headerText: string;
  /** file properties of both formats */
  metadata: DocumentMetadata;
  /** the document's title for file properties and the footer */
  title: string;
  generatedAt: string;
  appVersion: string;
  /** left part of every footer, meant for one line; the renderers add the page number */
  footerText: string;
  pageLabel: string;
  ofLabel: string;
  timeline: TimelineData;
  sections: ReportSection[];
}
