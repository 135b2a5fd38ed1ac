import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import type { LogEntry } from '../log/entry-schema';
import { applyCorrections } from '../matrix/outcomes';
import { LEGAL_CLOCK_IDS, type LegalClockId, type Nature } from '../model/vocabulary';

export { LEGAL_CLOCK_LABELS } from './labels';

/**
 * Legal notification clocks for an incident. Pure: everything is derived from the natures, the
 * detection time and the log, every time, so a nature added later (a data breach found on day two)
 * still counts from the original detection, and a clock disappears when its nature is removed.
 * NIS2 deadlines formally run from the moment the organisation becomes aware of a significant
 * incident; we take detectedAt for that, which is the earliest defensible reading.
 */
export interface LegalClockInput {
  natures: readonly Nature[];
  /** ISO instant of detection; every clock starts here */
  detectedAt: string;
  /** the organisation falls under NIS2 / the Cyberbeveiligingswet (a protocol setting) */
  nis2Applies: boolean;
  entries: readonly LogEntry[];
  now: Date;
  /** calendar months are counted on Dutch wall-clock time by default, independent of the PC's zone */
  timeZone?: string;
}

export type ClockLevel = 'ok' | 'amber' | 'red' | 'overdue' | 'stopped';

export interface LegalClock {
  id: LegalClockId;
  startedAt: string;
  deadline: string;
  /**
   * Running: time left until the deadline (negative when overdue). Stopped: the margin at the moment
   * it stopped (negative when the notification was late), frozen so the report shows it.
   */
  remainingMs: number;
  state: 'running' | 'stopped';
  level: ClockLevel;
  stoppedBy?: { seq: number; at: string; kind: 'regulatorNotification' | 'decision' };
  /** only for stopped clocks: was the stop at or before the deadline */
  metDeadline?: boolean;
}

/** Amber below 25 % of the period left, red below 10 %: for 72 h that is 18 h and 7.2 h. */
export const AMBER_FRACTION = 0.25;
export const RED_FRACTION = 0.1;
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

type Regulator = Extract<LogEntry, { kind: 'regulatorNotification' }>['regulator'];
type NotificationType = Extract<LogEntry, { kind: 'regulatorNotification' }>['notificationType'];

interface ClockRule {
  applies: (natures: readonly Nature[], nis2Applies: boolean) => boolean;
  deadline: (start: TZDate) => Date;
  regulators: readonly Regulator[];
  /** a later, fuller notification also satisfies an earlier obligation */
  types: readonly NotificationType[];
}

const HOUR_MS = 3_600_000;
const hours = (h: number) => (start: TZDate) => new Date(start.getTime() + h * HOUR_MS);
const nis2 = (natures: readonly Nature[], nis2Applies: boolean) =>
  nis2Applies && (natures.includes('targetedThreat') || natures.includes('unavailability'));

const RULES: Record<LegalClockId, ClockRule> = {
  apDataBreach72h: {
    applies: (n) => n.includes('dataBreach') || n.includes('dataManipulation'),
    deadline: hours(72),
    regulators: ['AP'],
    // The AP knows one notification; 'other' covers a follow-up filed as the notification itself.
    types: ['notification', 'other'],
  },
  nis2EarlyWarning24h: {
    applies: nis2,
    deadline: hours(24),
    regulators: ['NCSC', 'CSIRT'],
    types: ['earlyWarning', 'notification', 'finalReport'],
  },
  nis2Notification72h: {
    applies: nis2,
    deadline: hours(72),
    regulators: ['NCSC', 'CSIRT'],
    types: ['notification', 'finalReport'],
  },
  nis2FinalReport1m: {
    applies: nis2,
    // Calendar month on local wall-clock time: 31 Jan → 28/29 Feb, and DST does not shift the hour.
    deadline: (start) => addMonths(start, 1),
    regulators: ['NCSC', 'CSIRT'],
    types: ['finalReport'],
  },
};

/** The earliest (by occurredAt, then seq) entry that stops the clock, if any. */
function findStop(id: LegalClockId, rule: ClockRule, entries: readonly LogEntry[]): LogEntry | undefined {
  const stops = entries.filter(
    (e) =>
      (e.kind === 'regulatorNotification' &&
        rule.regulators.includes(e.regulator) &&
        rule.types.includes(e.notificationType)) ||
      (e.kind === 'decision' && e.subject?.type === 'notNotifiable' && e.subject.clock === id),
  );
  stops.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.seq - b.seq);
  return stops[0];
}

function levelFor(remainingMs: number, periodMs: number): ClockLevel {
  if (remainingMs <= 0) return 'overdue';
  if (remainingMs < periodMs * RED_FRACTION) return 'red';
  if (remainingMs < periodMs * AMBER_FRACTION) return 'amber';
  return 'ok';
}

/** The clocks that apply to the incident, in LEGAL_CLOCK_IDS order. Corrections in the log are honoured. */
export function legalClocks(input: LegalClockInput): LegalClock[] {
  const startMs = Date.parse(input.detectedAt);
  if (Number.isNaN(startMs)) throw new RangeError(`detectedAt is not a valid instant: ${input.detectedAt}`);
  const start = new TZDate(startMs, input.timeZone ?? DEFAULT_TIME_ZONE);
  const entries = applyCorrections(input.entries);

  return LEGAL_CLOCK_IDS.filter((id) => RULES[id].applies(input.natures, input.nis2Applies)).map((id) => {
    const rule = RULES[id];
    const deadlineMs = rule.deadline(start).getTime();
    const base = {
      id,
      startedAt: new Date(startMs).toISOString(),
      deadline: new Date(deadlineMs).toISOString(),
    };
    const stop = findStop(id, rule, entries);
    if (stop && (stop.kind === 'regulatorNotification' || stop.kind === 'decision')) {
      const stopMs = Date.parse(stop.occurredAt);
      return {
        ...base,
        remainingMs: deadlineMs - stopMs,
        state: 'stopped',
        level: 'stopped',
        stoppedBy: { seq: stop.seq, at: stop.occurredAt, kind: stop.kind },
        metDeadline: stopMs <= deadlineMs,
      };
    }
    const remainingMs = deadlineMs - input.now.getTime();
    return { ...base, remainingMs, state: 'running', level: levelFor(remainingMs, deadlineMs - startMs) };
  });
}
