import { type LogEntry, logEntryBodySchema, logEntryMetaSchema } from '../log/entry-schema';

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
