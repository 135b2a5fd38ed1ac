import { legalClocks, nis2Decision } from '../clocks/legal-clocks';
import type { Incident } from '../incident/schema';
import type { LogEntry } from '../log/entry-schema';
import type { Locale } from '../matrix/labels';
import { flattenVerdicts } from './judge';
import type { MediaRoundCandidate } from './media-rounds';
import type { IncidentVerdicts, Verdict } from './types';
import { type WaitingItem, waitingCandidates, waitingItems } from './waiting';

/**
 * What `ketenbord status --json` prints: the incident, every verdict as the board and the reports
 * judge it, and what is waiting at `now`. An interface other tools rely on: add fields, never
 * rename or remove them.
 */
export interface IncidentStatus {
  incident: {
    id: string;
    title: string;
    phase: Incident['phase'];
    isExercise: boolean;
    status: Incident['status'];
    natures: Incident['natures'];
    visibility: Incident['visibility'];
    detectedAt: string;
    createdAt: string;
    trackedFrom: string;
    normMinutes: number;
  };
  verdicts: Array<
    Pick<Verdict, 'phase' | 'audience' | 'action' | 'status'> &
      Partial<
        Pick<Verdict, 'at' | 'seq' | 'owedFrom' | 'dueAt' | 'minutesAfterDue' | 'donePhase' | 'reason'>
      > & {
        recipients?: { told: string[]; notTold: string[]; excluded: string[] };
        notRequiredReason?: Verdict['notRequiredReason'];
      }
  >;
  waiting: WaitingItem[];
  /** every medium on the roster with its next round, also when it is not yet in the waiting list */
  mediaRounds: MediaRoundStatus[];
  /** stakeholder id → organisation name, for the ids in `recipients` */
  organisations: Record<string, string>;
}

/** One medium's next round in `ketenbord status` (issue 16): the board's candidate, and whether it is late. */
export type MediaRoundStatus = Omit<MediaRoundCandidate, 'kind' | 'speed'> & { overdue: boolean };

export function incidentStatus(input: {
  incident: Incident;
  /** the log after corrections */
  corrected: readonly LogEntry[];
  verdicts: IncidentVerdicts;
  nis2Applies: boolean;
  /** the roster's media rounds, worked out by mediaRoundCandidates (none: the status lists none) */
  mediaRounds?: readonly MediaRoundCandidate[];
  now: Date;
  locale: Locale;
}): IncidentStatus {
  const { incident, verdicts, corrected } = input;
  const clocks = legalClocks({
    natures: incident.natures,
    detectedAt: incident.detectedAt,
    nis2Applies: input.nis2Applies,
    entries: corrected,
    now: input.now,
  });
  return {
    incident: {
      id: incident.id,
      title: incident.title,
      phase: incident.phase,
      isExercise: incident.isExercise,
      status: incident.status,
      natures: incident.natures,
      visibility: incident.visibility,
      detectedAt: incident.detectedAt,
      createdAt: incident.createdAt,
      trackedFrom: verdicts.trackedFrom,
      normMinutes: verdicts.normMinutes,
    },
    verdicts: flattenVerdicts(verdicts).map((v) => ({
      phase: v.phase,
      audience: v.audience,
      action: v.action,
      status: v.status,
      ...(v.at ? { at: v.at } : {}),
      ...(v.seq !== undefined ? { seq: v.seq } : {}),
      ...(v.owedFrom ? { owedFrom: v.owedFrom } : {}),
      ...(v.dueAt ? { dueAt: v.dueAt } : {}),
      ...(v.minutesAfterDue !== undefined ? { minutesAfterDue: v.minutesAfterDue } : {}),
      ...(v.donePhase ? { donePhase: v.donePhase } : {}),
      ...(v.reason ? { reason: v.reason } : {}),
      ...(v.notRequiredReason ? { notRequiredReason: v.notRequiredReason } : {}),
      ...(v.recipients ? { recipients: v.recipients } : {}),
    })),
    organisations: verdicts.organisations,
    mediaRounds: (input.mediaRounds ?? []).map((r) => ({
      monitorId: r.monitorId,
      medium: r.medium,
      watcher: r.watcher,
      roundMinutes: r.roundMinutes,
      lastAt: r.lastAt,
      dueAt: r.dueAt,
      overdue: Date.parse(r.dueAt) < input.now.getTime(),
    })),
    waiting: waitingItems({
      candidates: [...waitingCandidates(corrected, verdicts), ...(input.mediaRounds ?? [])],
      clocks,
      nis2: nis2Decision({ natures: incident.natures, nis2Applies: input.nis2Applies, entries: corrected }),
      detectedAt: incident.detectedAt,
      closed: verdicts.closed,
      now: input.now,
      locale: input.locale,
    }),
  };
}
