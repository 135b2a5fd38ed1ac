import { type LogEntry, logEntryBodySchema, logEntryMetaSchema } from '../log/entry-schema';
import type { Audience, Phase } from '../model/vocabulary';

/**
 * What happened to one recommended action, as recorded in the log. The board and the reports
 * never store outcomes themselves: they derive them from the journal every time.
 */
export interface ActionOutcome {
  audience: Audience;
  /** 1–10, as validated by the log-entry schema */
  action: number;
  /** the phase the outcome belongs to: the incident phase when the message went out, or the decision's phase */
  phase: Phase;
  status: 'done' | 'notApplicable';
  /** ISO instant the message was sent or the decision taken (the entry's occurredAt) */
  at: string;
  logSeq: number;
  reason?: string;
}

/** Fields a correction may never change: they identify the entry and hold the journal together. */
const FROZEN_FIELDS = ['seq', 'kind', 'incidentId', 'recordedAt', 'prevHash'];

/** Meta and body are validated separately: zod's intersection is slow on long logs. */
function parseEntry(candidate: Record<string, unknown>): LogEntry | null {
  const meta = logEntryMetaSchema.safeParse(candidate);
  const body = logEntryBodySchema.safeParse(candidate);
  return meta.success && body.success ? { ...meta.data, ...body.data } : null;
}

/**
 * The log as it reads after corrections: each `correction` entry's `changes` are shallow-merged,
 * in seq order, into the earlier entry it points at. A correction is ignored (the original stays)
 * when it targets a later entry or another correction, touches a frozen field, or leaves an entry
 * that no longer validates: a bad correction can never break the board or the clocks.
 * A correction that sets a messageSent's `action` to null, or removes a decision's `subject`,
 * thereby withdraws the outcome that entry gave. Correction entries themselves are kept.
 * The same rules as the journal's own correction check (shared/log), so views agree.
 */
export function applyCorrections(entries: readonly LogEntry[]): LogEntry[] {
  const bySeq = new Map<number, LogEntry>();
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    bySeq.set(entry.seq, entry);
    if (entry.kind !== 'correction') continue;
    const target = bySeq.get(entry.corrects);
    const fields = Object.keys(entry.changes);
    if (!target || target.kind === 'correction' || target.seq >= entry.seq) continue;
    if (fields.length === 0 || fields.some((f) => FROZEN_FIELDS.includes(f))) continue;
    const merged = parseEntry({ ...target, ...entry.changes });
    if (merged) bySeq.set(target.seq, merged);
  }
  return [...bySeq.values()];
}

/**
 * Outcomes from the log, after corrections:
 * - a `messageSent` with an action number → 'done' in the phase the entry was recorded in;
 *   a message without an action (a free message) gives no outcome;
 * - a `decision` whose subject is `actionNotApplicable` → 'notApplicable' in the subject's phase,
 *   with the decision's reason (or its summary when no reason was given).
 * Returned in seq order; several outcomes for the same cell are all kept (the engine picks one).
 */
export function outcomesFromLog(entries: readonly LogEntry[]): ActionOutcome[] {
  const outcomes: ActionOutcome[] = [];
  for (const entry of applyCorrections(entries)) {
    if (entry.kind === 'messageSent' && entry.action !== null) {
      outcomes.push({
        audience: entry.audience,
        action: entry.action,
        phase: entry.phase,
        status: 'done',
        at: entry.occurredAt,
        logSeq: entry.seq,
      });
    } else if (entry.kind === 'decision' && entry.subject?.type === 'actionNotApplicable') {
      outcomes.push({
        audience: entry.subject.audience,
        action: entry.subject.action,
        phase: entry.subject.phase,
        status: 'notApplicable',
        at: entry.occurredAt,
        logSeq: entry.seq,
        reason: entry.reason || entry.summary,
      });
    }
  }
  return outcomes;
}
