import type { Stakeholder } from '../schema';
import { isBlank, keyOf } from './docx-cells';
import type { PersonCells } from './docx-people';

/**
 * The columns of Bijlage I's person tables: the thing the row is about, then name, function,
 * numbers and e-mail of the responsible, then the same for the deputy (everything after a header
 * that says "vervanger"). Some organisations add columns (agreements, impact, a description);
 * those are read too, and anything else is reported as not understood.
 */
export type ColumnRole =
  | 'subject'
  | 'name'
  | 'function'
  | 'phones'
  | 'email'
  | 'agreements'
  | 'timeliness'
  | 'impact'
  | 'service'
  | 'description'
  | 'unknown';

export interface Column {
  role: ColumnRole;
  half: 'responsible' | 'deputy';
}

const has = (text: string, ...words: string[]) => words.some((w) => text.includes(w));

function roleOf(header: string): ColumnRole {
  const k = keyOf(header);
  if (has(k, 'naam')) return 'name';
  if (has(k, 'tel', 'nummer', 'phone')) return 'phones';
  if (has(k, 'mail')) return 'email';
  if (has(k, 'functie', 'bedrijfsonderdeel', 'afdeling', 'rol')) return 'function';
  if (has(k, 'afspra', 'sla', 'verplicht', 'contract')) return 'agreements';
  if (has(k, 'tijdig', 'termijn', 'hoe snel')) return 'timeliness';
  if (has(k, 'gevolg', 'impact', 'uitval', 'consequent')) return 'impact';
  if (has(k, 'dienst', 'levert', 'soort')) return 'service';
  if (has(k, 'omschrijving', 'beschrijving', 'toelichting')) return 'description';
  if (has(k, 'vervang', 'verantwoordelijk')) return 'name';
  return 'unknown';
}

export function personColumns(header: readonly string[]): Column[] {
  let half: Column['half'] = 'responsible';
  return header.map((h, i) => {
    if (i === 0) return { role: 'subject', half };
    if (has(keyOf(h), 'vervang', 'plaatsvervang', 'deputy')) half = 'deputy';
    return { role: roleOf(h), half };
  });
}

/** The person cells of one half of a row, with where each came from. */
export function personCells(
  row: readonly string[],
  columns: readonly Column[],
  half: Column['half'],
  table: number,
  rowIndex: number,
): PersonCells {
  const cells: PersonCells = { name: '', at: { name: { table, row: rowIndex, column: null } } };
  columns.forEach((c, column) => {
    if (c.half !== half) return;
    const value = row[column] ?? '';
    const at = { table, row: rowIndex, column };
    if (c.role === 'name' && cells.name === '') {
      cells.name = value;
      cells.at.name = at;
    } else if (c.role === 'function') {
      cells.function = value;
      cells.at.function = at;
    } else if (c.role === 'phones') {
      cells.phones = cells.phones ? `${cells.phones}\n${value}` : value;
      cells.at.phones = at;
    } else if (c.role === 'email') {
      cells.email = value;
      cells.at.email = at;
    }
  });
  return cells;
}

export function extraText(row: readonly string[], columns: readonly Column[], role: ColumnRole): string {
  return columns
    .map((c, i) => (c.role === role && !isBlank(row[i] ?? '') ? (row[i] ?? '').trim() : ''))
    .filter(Boolean)
    .join('\n');
}

/** What an outsourcing partner does for us, from its name or its service column. */
export function outsourcingKindOf(text: string): NonNullable<Stakeholder['outsourcingKind']> {
  const k = keyOf(text);
  if (has(k, 'hosting', 'datacent', 'rekencent')) return 'hosting';
  if (has(k, 'cloud', 'saas', 'azure', 'aws')) return 'cloud';
  if (has(k, 'telefon', 'telecom', 'telefoon', 'bellen')) return 'telephony';
  if (has(k, 'ict', 'beheer', 'software', 'netwerk', 'werkplek', ' it')) return 'ictProvider';
  return 'other';
}

export function wellKnownOf(text: string): Stakeholder['wellKnown'] {
  const k = keyOf(text);
  if (has(k, 'ministerie', 'ministry')) return 'ministry';
  if (k === 'ap' || has(k, 'autoriteit persoonsgegevens', 'data protection'))
    return 'dataProtectionAuthority';
  if (has(k, 'politie', 'police')) return 'police';
  if (has(k, 'ncsc')) return 'ncsc';
  return null;
}
