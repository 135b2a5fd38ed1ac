import { type LegalClock, legalClocks, type Nis2Decision, nis2Decision } from '../clocks/legal-clocks';
import type { LogEntry } from '../log/entry-schema';
import type { Locale } from '../matrix/labels';
import type { IncidentVerdicts, Verdict } from '../verdicts/types';
import { type WaitingItem, waitingItems } from '../verdicts/waiting';
import type { BoardState } from './board-state';

export interface BoardView {
  verdicts: IncidentVerdicts;
  clocks: LegalClock[];
  nis2: Nis2Decision;
  waiting: WaitingItem[];
  /** actions open (or partly done) in the current phase */
  openCount: number;
}

/** Open or partly done in the current phase: what the team can still act on now. */
export function currentOpenVerdicts(verdicts: IncidentVerdicts): Verdict[] {
  const open: Verdict[] = [];
  for (const a of verdicts.audiences) {
    for (const p of a.phases) {
      if (p.timing !== 'current') continue;
      for (const v of p.verdicts) if (v.status === 'open' || v.status === 'partial') open.push(v);
    }
  }
  return open;
}

/**
 * What the board shows at `now`: the back end's verdicts, the legal clocks and the waiting strip.
 * The clocks and what is overdue change every second; the verdicts only change with the data.
 */
export function deriveBoard(state: BoardState, now: Date, locale: Locale): BoardView | null {
  const { incident, verdicts } = state;
  if (!incident || !verdicts) return null;
  const clocks = legalClocks({
    natures: incident.natures,
    detectedAt: incident.detectedAt,
    nis2Applies: state.nis2Applies,
    entries: state.clockEntries,
    now,
  });
  const nis2 = nis2Decision({
    natures: incident.natures,
    nis2Applies: state.nis2Applies,
    entries: state.clockEntries,
  });
  const waiting = waitingItems({
    candidates: state.waiting,
    clocks,
    nis2,
    detectedAt: incident.detectedAt,
    closed: incident.status === 'closed',
    now,
    locale,
  });
  return { verdicts, clocks, nis2, waiting, openCount: currentOpenVerdicts(verdicts).length };
}

/** The entries the legal clocks look at; everything else in the log cannot stop or start a clock. */
export function isClockEntry(entry: LogEntry): boolean {
  return (
    entry.kind === 'regulatorNotification' ||
    (entry.kind === 'decision' &&
      (entry.subject?.type === 'notNotifiable' || entry.subject?.type === 'nis2Significance'))
  );
}
