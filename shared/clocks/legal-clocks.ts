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
 *
 * - AP (AVG art. 33(1)): 72 hours from detection of a data breach or data manipulation.
 * - NIS2 / Cbw (art. 23(4)): only once the team has decided the incident is significant (any nature
 *   but negative publicity alone, where the protocol says NIS2 applies). The early warning (24 h)
 *   and the notification (72 h) run from the moment the organisation became aware, as the decision
 *   records; the final report (one month) runs from the incident notification itself, so it only
 *   appears once that notification is logged.
 * Each clock is stopped by its own notification (a fuller one also satisfies an earlier stage) or
 * by a decision that the incident is not notifiable.
 */
export interface LegalClockInput {
  natures: readonly Nature[];
  /** ISO instant of detection; the AP clock starts here */
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

/** Where NIS2 stands for this incident: the board asks the question while it is `undecided`. */
export type Nis2Status = 'notApplicable' | 'undecided' | 'significant' | 'notSignificant';

export interface Nis2Decision {
  status: Nis2Status;
  /** significant: when the organisation became aware (the start of the 24 h and 72 h clocks) */
  awareAt?: string;
  seq?: number;
}

interface ClockContext {
  detectedMs: number;
  nis2: Nis2Decision;
  /** the first NIS2 incident notification, which starts the final-report month */
  nis2NotifiedAt: number | null;
}

interface ClockRule {
  applies: (natures: readonly Nature[], ctx: ClockContext) => boolean;
  /** the start, or null while it has not started */
  start: (ctx: ClockContext) => number | null;
  deadline: (start: TZDate) => Date;
  regulators: readonly Regulator[];
  /** a later, fuller notification also satisfies an earlier obligation */
  types: readonly NotificationType[];
}

const HOUR_MS = 3_600_000;
const hours = (h: number) => (start: TZDate) => new Date(start.getTime() + h * HOUR_MS);
const nis2 = (_natures: readonly Nature[], ctx: ClockContext) => ctx.nis2.status === 'significant';
const awareMs = (ctx: ClockContext) => (ctx.nis2.awareAt ? Date.parse(ctx.nis2.awareAt) : ctx.detectedMs);
const NIS2_REGULATORS: readonly Regulator[] = ['NCSC', 'CSIRT'];

const RULES: Record<LegalClockId, ClockRule> = {
  apDataBreach72h: {
    applies: (n) => n.includes('dataBreach') || n.includes('dataManipulation'),
    start: (ctx) => ctx.detectedMs,
    deadline: hours(72),
    regulators: ['AP'],
    // The AP knows one notification; 'other' covers a follow-up filed as the notification itself.
    types: ['notification', 'other'],
  },
  nis2EarlyWarning24h: {
    applies: nis2,
    start: awareMs,
    deadline: hours(24),
    regulators: NIS2_REGULATORS,
    types: ['earlyWarning', 'notification', 'finalReport'],
  },
  nis2Notification72h: {
    applies: nis2,
    start: awareMs,
    deadline: hours(72),
    regulators: NIS2_REGULATORS,
    types: ['notification', 'finalReport'],
  },
  nis2FinalReport1m: {
    applies: nis2,
    start: (ctx) => ctx.nis2NotifiedAt,
    // Calendar month on local wall-clock time: 31 Jan → 28/29 Feb, and DST does not shift the hour.
    deadline: (start) => addMonths(start, 1),
    regulators: NIS2_REGULATORS,
    types: ['finalReport'],
  },
};

const byTime = (a: LogEntry, b: LogEntry) =>
  Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.seq - b.seq;

/**
 * NIS2 for this incident: not applicable when the protocol says so or the incident is negative
 * publicity alone; otherwise the team's latest significance decision, or undecided.
 */
export function nis2Decision(
  input: Pick<LegalClockInput, 'natures' | 'nis2Applies' | 'entries'>,
  corrected = false,
): Nis2Decision {
  const onlyPublicity = input.natures.every((n) => n === 'negativePublicity');
  if (!input.nis2Applies || onlyPublicity) return { status: 'notApplicable' };
  const entries = corrected ? input.entries : applyCorrections(input.entries);
  let latest: LogEntry | undefined;
  for (const e of entries) {
    if (e.kind === 'decision' && e.subject?.type === 'nis2Significance') {
      if (!latest || byTime(latest, e) < 0) latest = e;
    }
  }
  if (latest?.kind !== 'decision' || latest.subject?.type !== 'nis2Significance')
    return { status: 'undecided' };
  if (!latest.subject.significant) return { status: 'notSignificant', seq: latest.seq };
  return { status: 'significant', awareAt: latest.subject.awareAt ?? latest.occurredAt, seq: latest.seq };
}

/** The earliest (by occurredAt, then seq) entry that stops the clock, if any. */
function findStop(id: LegalClockId, rule: ClockRule, entries: readonly LogEntry[]): LogEntry | undefined {
  const stops = entries.filter(
    (e) =>
      (e.kind === 'regulatorNotification' &&
        rule.regulators.includes(e.regulator) &&
        rule.types.includes(e.notificationType)) ||
      (e.kind === 'decision' && e.subject?.type === 'notNotifiable' && e.subject.clock === id),
  );
  stops.sort(byTime);
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
  const detectedMs = Date.parse(input.detectedAt);
  if (Number.isNaN(detectedMs))
    throw new RangeError(`detectedAt is not a valid instant: ${input.detectedAt}`);
  const entries = applyCorrections(input.entries);
  const firstNis2Notification = entries
    .filter(
      (e) =>
        e.kind === 'regulatorNotification' &&
        NIS2_REGULATORS.includes(e.regulator) &&
        (e.notificationType === 'notification' || e.notificationType === 'finalReport'),
    )
    .sort(byTime)[0];
  const ctx: ClockContext = {
    detectedMs,
    nis2: nis2Decision({ ...input, entries }, true),
    nis2NotifiedAt: firstNis2Notification ? Date.parse(firstNis2Notification.occurredAt) : null,
  };

  const clocks: LegalClock[] = [];
  for (const id of LEGAL_CLOCK_IDS) {
    const rule = RULES[id];
    if (!rule.applies(input.natures, ctx)) continue;
    const startMs = rule.start(ctx);
    if (startMs === null || Number.isNaN(startMs)) continue;
    const start = new TZDate(startMs, input.timeZone ?? DEFAULT_TIME_ZONE);
    const deadlineMs = rule.deadline(start).getTime();
    const base = {
      id,
      startedAt: new Date(startMs).toISOString(),
      deadline: new Date(deadlineMs).toISOString(),
    };
    const stop = findStop(id, rule, entries);
    if (stop && (stop.kind === 'regulatorNotification' || stop.kind === 'decision')) {
      const stopMs = Date.parse(stop.occurredAt);
      clocks.push({
        ...base,
        remainingMs: deadlineMs - stopMs,
        state: 'stopped',
        level: 'stopped',
        stoppedBy: { seq: stop.seq, at: stop.occurredAt, kind: stop.kind },
        metDeadline: stopMs <= deadlineMs,
      });
      continue;
    }
    const remainingMs = deadlineMs - input.now.getTime();
    clocks.push({
      ...base,
      remainingMs,
      state: 'running',
      level: levelFor(remainingMs, deadlineMs - startMs),
    });
  }
  return clocks;
}
