import type { LogEntry } from '../../../../shared/log/entry-schema';
import {
  dueFromInputs,
  inputsFromIso,
  isFuture,
  occurredFromInputs,
} from '../../../../shared/log/wall-clock';
import type { FieldSpec } from './correction-fields';

/** One "field → new value" line of the correction form, as typed. */
export interface ChangeRow {
  key: number;
  field: string;
  /** text, 'true'/'false' for a yes/no field, the option for a choice */
  text: string;
  /** for the time: dd-mm-jjjj and uu:mm[:ss] */
  date: string;
  time: string;
}

export type ChangesResult =
  | { ok: true; changes: Record<string, unknown> }
  | { ok: false; problem: 'badTime' | 'future' | 'nothing' };

const currentValue = (entry: LogEntry, field: string): unknown => (entry as Record<string, unknown>)[field];

/** A new line for `spec`, starting from the entry's current value so only the wrong part is retyped. */
export function rowFor(entry: LogEntry, spec: FieldSpec, key: number): ChangeRow {
  const current = currentValue(entry, spec.name);
  const text = spec.type === 'bool' ? String(current === true) : typeof current === 'string' ? current : '';
  if (spec.type === 'due') {
    // an unset deadline starts empty: the person types the one that was meant
    const at = typeof current === 'string' ? inputsFromIso(current) : { date: '', time: '' };
    return { key, field: spec.name, text: '', date: at.date, time: at.time.slice(0, 5) };
  }
  return { key, field: spec.name, text, ...inputsFromIso(entry.occurredAt) };
}

/**
 * The `changes` of one correction from all lines: a line whose value equals the current one (or is
 * left empty) says nothing and is skipped; when no line changes anything there is nothing to log.
 */
export function buildChanges(
  entry: LogEntry,
  rows: readonly ChangeRow[],
  specs: readonly FieldSpec[],
): ChangesResult {
  const changes: Record<string, unknown> = {};
  for (const row of rows) {
    const spec = specs.find((s) => s.name === row.field);
    if (!spec) continue;
    const before = currentValue(entry, row.field);
    if (spec.type === 'time') {
      let at: string | undefined;
      try {
        at = occurredFromInputs(row.date, row.time);
      } catch {
        return { ok: false, problem: 'badTime' };
      }
      if (isFuture(at)) return { ok: false, problem: 'future' };
      // The form shows whole seconds; the stored time may carry milliseconds.
      const sameSecond =
        at !== undefined &&
        Math.floor(Date.parse(at) / 1000) === Math.floor(Date.parse(entry.occurredAt) / 1000);
      if (at !== undefined && !sameSecond) changes[row.field] = at;
      continue;
    }
    if (spec.type === 'due') {
      let due: ReturnType<typeof dueFromInputs>;
      try {
        due = dueFromInputs(row.date, row.time);
      } catch {
        return { ok: false, problem: 'badTime' };
      }
      const minute = (iso: unknown) =>
        typeof iso === 'string' ? Math.floor(Date.parse(iso) / 60_000) : null;
      if (due && minute(due.iso) !== minute(before)) changes[row.field] = due.iso;
      continue;
    }
    const value: unknown = spec.type === 'bool' ? row.text === 'true' : row.text.trim();
    if (value === '' || value === before || (spec.type === 'bool' && value === false && before === undefined))
      continue;
    changes[row.field] = value;
  }
  return Object.keys(changes).length > 0 ? { ok: true, changes } : { ok: false, problem: 'nothing' };
}
