import Papa from 'papaparse';
import { readExcelTextCell } from '../../csv/excel-text';
import type { Person } from '../schema';
import {
  buildPerson,
  type ContactDraft,
  emptyDraft,
  type ImportProblem,
  type PhoneSlot,
} from './contact-draft';
import {
  type ColumnMapping,
  type CsvProfile,
  hasNameColumn,
  recogniseProfile,
  suggestMapping,
} from './csv-columns';

/**
 * A contacts CSV read into rows (with the line each starts on, since Outlook notes span lines),
 * its recognised source, and the suggested column mapping; then, with a mapping, the people.
 */
export interface CsvTable {
  headers: string[];
  rows: { line: number; cells: string[] }[];
  delimiter: string;
  profile: CsvProfile;
  suggested: ColumnMapping[];
  problems: ImportProblem[];
}

export function readCsvTable(text: string): CsvTable {
  const problems: ImportProblem[] = [];
  const records: { line: number; cells: string[] }[] = [];
  let lastCursor = 0;
  let line = 1;
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(source);
  Papa.parse<string[]>(source, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const consumed = source.slice(lastCursor, result.meta.cursor);
      line += (consumed.match(/\r\n|\r|\n/g) ?? []).length;
      // the row's own line break is consumed with the next row; a row ends where the next starts
      lastCursor = result.meta.cursor;
      for (const error of result.errors) {
        if (error.type === 'Quotes') {
          problems.push({
            line: start,
            message: `Deze regel kon niet goed gelezen worden (${error.message}).`,
            en: `This line could not be read properly (${error.message}).`,
          });
        }
      }
      // our own exports write risky cells as ="…" (shared/csv/excel-text); read the text back
      const cells = result.data.map((c) => readExcelTextCell(c ?? ''));
      if (cells.every((c) => c.trim() === '')) return;
      records.push({ line: start, cells });
    },
  });
  const [head, ...rows] = records;
  const headers = (head?.cells ?? []).map((h) => h.trim());
  return {
    headers,
    rows,
    delimiter,
    profile: recogniseProfile(headers),
    suggested: suggestMapping(headers),
    problems,
  };
}

/**
 * The header line decides: Excel on Dutch Windows writes ';', Outlook and Google ',', some tools a
 * tab. Papa's own guess looks at whole rows and is thrown by notes that contain commas.
 */
function guessDelimiter(source: string): string {
  const header = source.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t', '|'].map((d) => ({ d, n: header.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ',';
}

/** Google's labels, Dutch and English: which slot a labelled number belongs in. */
function slotOfLabel(label: string): PhoneSlot | null {
  const l = label.toLowerCase();
  if (/mobi|cell|gsm/.test(l)) return 'mobilePhone';
  if (/home|thuis|priv/.test(l)) return 'privatePhone';
  if (/work|werk|business|zakelijk/.test(l)) return 'workPhone';
  return null;
}

function rowToDraft(
  row: { line: number; cells: string[] },
  headers: readonly string[],
  mapping: readonly ColumnMapping[],
): ContactDraft {
  const draft = emptyDraft(row.line);
  for (const m of mapping) {
    const value = (row.cells[m.column] ?? '').trim();
    if (value === '') continue;
    const label = m.labelColumn !== undefined ? (row.cells[m.labelColumn] ?? '').trim() : '';
    switch (m.field) {
      case 'ignore':
        break;
      case 'name':
      case 'firstName':
      case 'middleName':
      case 'lastName':
      case 'role':
      case 'department':
      case 'organisation':
        draft[m.field] = draft[m.field] ? `${draft[m.field]} ${value}` : value;
        break;
      case 'mobilePhone':
      case 'workPhone':
      case 'privatePhone':
        draft.phones.push({ value, slot: m.field, label: headers[m.column] ?? '' });
        break;
      case 'phone':
        draft.phones.push({
          value,
          // an unlabelled extra column (fax, pager) is kept in the notes, never put in a slot
          slot: m.labelColumn === undefined ? 'extra' : slotOfLabel(label),
          label: label || (headers[m.column] ?? ''),
        });
        break;
      case 'email':
        draft.emails.push({ value, label });
        break;
      case 'notes':
        draft.notes.push(value);
        break;
    }
  }
  return draft;
}

export function importCsvTable(
  table: CsvTable,
  mapping: readonly ColumnMapping[] = table.suggested,
): { people: Person[]; problems: ImportProblem[] } {
  const problems = [...table.problems];
  const people: Person[] = [];
  if (!hasNameColumn(mapping)) {
    problems.push({
      line: 1,
      message:
        'Er is geen kolom met namen gevonden (bijvoorbeeld ‘Naam’, ‘Voornaam’ of ‘Name’). Kies bij de kolommen welke de naam bevat.',
      en: 'No column with names was found (such as ‘Name’ or ‘First name’). Choose the column that holds the name.',
    });
    return { people, problems };
  }
  for (const row of table.rows) {
    const person = buildPerson(rowToDraft(row, table.headers, mapping), problems);
    if (person) people.push(person);
  }
  return { people, problems };
}
