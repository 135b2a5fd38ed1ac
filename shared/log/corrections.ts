import type { Localized } from '../matrix/labels';
import { liesInFuture } from '../model/future-time';
import { correctableFieldsOf, fieldsNotInKind, IMMUTABLE_FIELDS } from './correction-bounds';
import type { LogEntry } from './entry-schema';
import { parseEntry } from './parse-entry';

export { IMMUTABLE_FIELDS };

type Correction = Extract<LogEntry, { kind: 'correction' }>;

export type CorrectionProblemCode =
  | 'targetMissing'
  | 'targetNotEarlier'
  | 'targetIsCorrection'
  | 'noChanges'
  | 'immutableField'
  | 'fieldNotInKind'
  | 'occurredInFuture'
  | 'invalidResult';

export interface CorrectionProblem extends Localized {
  code: CorrectionProblemCode;
}

export interface EffectiveEntry {
  /** the entry as it was written; always shown beside the corrected values */
  entry: LogEntry;
  /** the entry with every valid correction applied, in log order (later corrections win per field) */
  effective: LogEntry;
  /** seqs of the corrections applied to this entry, oldest first */
  correctedBy: number[];
  /** fields whose value differs from the original because of a correction */
  changedFields: string[];
}

/** A correction is a shallow merge: nested values (recipients, change, subject) are replaced whole. */
export function mergeChanges(target: LogEntry, changes: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...target, ...changes };
  for (const field of IMMUTABLE_FIELDS) merged[field] = (target as Record<string, unknown>)[field];
  return merged;
}

/**
 * Checks a correction before it is written (the journal refuses what fails) and again when views
 * resolve corrections. `correctionSeq` is the seq the correction has or will get; `now` is the
 * moment it is recorded.
 */
export function checkCorrection(
  target: LogEntry | undefined,
  correction: Pick<Correction, 'corrects' | 'changes'>,
  correctionSeq: number,
  now: Date = new Date(),
): CorrectionProblem | null {
  const n = correction.corrects;
  if (!target) {
    return {
      code: 'targetMissing',
      nl: `Regel ${n} bestaat niet in dit logboek.`,
      en: `Entry ${n} does not exist in this log.`,
    };
  }
  if (target.seq >= correctionSeq) {
    return {
      code: 'targetNotEarlier',
      nl: `Een correctie kan alleen een eerdere regel verbeteren (regel ${n}).`,
      en: `A correction can only amend an earlier entry (entry ${n}).`,
    };
  }
  if (target.kind === 'correction') {
    // Correcting a correction would make the effective value depend on a chain of corrections;
    // correcting the original entry again is just as expressive and stays readable.
    return {
      code: 'targetIsCorrection',
      nl: `Regel ${n} is zelf een correctie; corrigeer de oorspronkelijke regel ${target.corrects} opnieuw.`,
      en: `Entry ${n} is itself a correction; correct the original entry ${target.corrects} again.`,
    };
  }
  const fields = Object.keys(correction.changes);
  if (fields.length === 0) {
    return {
      code: 'noChanges',
      nl: 'De correctie zegt niet wat er verandert.',
      en: 'The correction does not say what changes.',
    };
  }
  const frozen = fields.filter((f) => IMMUTABLE_FIELDS.includes(f));
  if (frozen.length > 0) {
    return {
      code: 'immutableField',
      nl: `Deze velden liggen vast en kunnen niet worden gecorrigeerd: ${frozen.join(', ')}.`,
      en: `These fields are fixed and cannot be corrected: ${frozen.join(', ')}.`,
    };
  }
  const alien = fieldsNotInKind(target.kind, fields);
  if (alien.length > 0) {
    // Without this an unknown field would pass (zod drops it from the merged entry) and its value,
    // of any size, would still be written into the journal as part of the correction.
    const allowed = correctableFieldsOf(target.kind).join(', ');
    const names = alien.map((f) => (f.length > 60 ? `${f.slice(0, 60)}…` : f)).join(', ');
    return {
      code: 'fieldNotInKind',
      nl: `Regel ${n} heeft ${alien.length === 1 ? 'geen veld' : 'geen velden'} ${names}. Te corrigeren zijn: ${allowed}.`,
      en: `Entry ${n} has no ${alien.length === 1 ? 'field' : 'fields'} ${names}. Correctable are: ${allowed}.`,
    };
  }
  const merged = parseEntry(mergeChanges(target, correction.changes));
  if (!merged) {
    return {
      code: 'invalidResult',
      nl: `Na deze correctie zou regel ${n} geen geldige regel meer zijn.`,
      en: `After this correction entry ${n} would no longer be valid.`,
    };
  }
  if (liesInFuture(merged.occurredAt, now)) {
    return {
      code: 'occurredInFuture',
      nl: 'Het gecorrigeerde tijdstip ligt in de toekomst.',
      en: 'The corrected time lies in the future.',
    };
  }
  return null;
}

/**
 * Applies one correction to the current effective value of its target, or returns null when the
 * correction is not valid (a journal written by hand or by a buggy version); the original stays.
 */
export function applyCorrection(current: LogEntry, correction: Correction): LogEntry | null {
  if (current.kind === 'correction' || current.seq >= correction.seq) return null;
  const fields = Object.keys(correction.changes);
  if (fields.length === 0 || fields.some((f) => IMMUTABLE_FIELDS.includes(f))) return null;
  // the same rule as when writing: a field the entry's kind does not have makes it invalid
  if (fieldsNotInKind(current.kind, fields).length > 0) return null;
  return parseEntry(mergeChanges(current, correction.changes));
}

/** Every entry with its effective values; O(n), fine for 100,000 entries. */
export function effectiveEntries(entries: readonly LogEntry[]): EffectiveEntry[] {
  const result: EffectiveEntry[] = [];
  const positionBySeq = new Map<number, number>();
  for (const entry of entries) {
    positionBySeq.set(entry.seq, result.length);
    result.push({ entry, effective: entry, correctedBy: [], changedFields: [] });
    if (entry.kind === 'correction') {
      const at = positionBySeq.get(entry.corrects);
      if (at !== undefined) applyInto(result[at]!, entry);
    }
  }
  return result;
}

/** Applies a correction to an EffectiveEntry in place; shared with the incremental filter index. */
export function applyInto(target: EffectiveEntry, correction: Correction): boolean {
  const next = applyCorrection(target.effective, correction);
  if (!next) return false;
  target.effective = next;
  target.correctedBy.push(correction.seq);
  for (const field of Object.keys(correction.changes)) {
    if (!target.changedFields.includes(field)) target.changedFields.push(field);
  }
  return true;
}
