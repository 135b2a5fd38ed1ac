import type { LogRow } from '../../../shared/api/log-api';
import type { LogJournal } from './journal';

type Mark = NonNullable<LogRow['integrityBreak']>;

/** seq → why the integrity check points at that row, from what the journal found on opening. */
export function integrityMarks(journal: LogJournal): ReadonlyMap<number, Mark> {
  const marks = new Map<number, Mark>();
  if (journal.integrity.ok) return marks;
  for (const b of journal.integrity.breaks) {
    const known = marks.get(b.seq);
    marks.set(
      b.seq,
      known
        ? { reason: `${known.reason} ${b.reason}`, reasonEn: `${known.reasonEn} ${b.reasonEn}` }
        : { reason: b.reason, reasonEn: b.reasonEn },
    );
  }
  return marks;
}

export function withMark(row: LogRow, marks: ReadonlyMap<number, Mark>): LogRow {
  const mark = marks.get(row.entry.seq);
  return mark ? { ...row, integrityBreak: mark } : row;
}
