import Papa from 'papaparse';
import { excelTextRow } from '../csv/excel-text';
import type { ContactDraft, ImportProblem } from './import/contact-draft';
import { importCsvTable, readCsvTable } from './import/contacts-csv';
import { displayPhone } from './phone';
import { describeUsage, PRINT_LABELS, type PrintLanguage } from './print-labels';
import type { Person, Protocol } from './schema';
import { personUsages } from './usages';

export { importContactsVCard } from './import/contacts-vcard';
export type { ImportProblem };

/**
 * Moving contacts in and out: CSV from a spreadsheet or address book, vCard, and the call list as
 * CSV. Imports never throw on bad rows; they return what they could read plus a problem per line,
 * so the user sees exactly which row to fix. The readers live in ./import/.
 */
export interface ContactsImport {
  people: Person[];
  problems: ImportProblem[];
}

/** A CSV with the mapping its headers suggest; the mapping step uses readCsvTable directly. */
export function importContactsCsv(csv: string): ContactsImport {
  const table = readCsvTable(csv);
  const result = importCsvTable(table);
  const unused = table.suggested
    .filter((m) => m.field === 'ignore' && (table.headers[m.column] ?? '') !== '')
    .map((m) => ({
      line: 1,
      message: `De kolom ‘${table.headers[m.column]}’ wordt niet gebruikt.`,
      en: `The column ‘${table.headers[m.column]}’ is not used.`,
    }));
  return { people: result.people, problems: [...unused, ...result.problems] };
}

export type { ContactDraft };

export interface CallListOptions {
  language?: PrintLanguage;
  /** ';' by default: what Excel expects on a Dutch Windows machine. */
  delimiter?: ',' | ';';
}

/**
 * The call list: everyone named anywhere in the protocol, with what they are on the list for and
 * every number in dialable national form. Starts with a BOM so Excel reads the accents right.
 */
export function exportCallListCsv(protocol: Protocol, options: CallListOptions = {}): string {
  const language = options.language ?? 'nl';
  const l = PRINT_LABELS[language];
  const usages = personUsages(protocol);
  const rows = protocol.people.map((p) =>
    excelTextRow([
      p.name,
      usages
        .filter((u) => u.personId === p.id)
        .map((u) => describeUsage(u, language))
        .join('; '),
      p.role,
      p.department,
      p.organisation,
      displayPhone(p.mobilePhone ?? ''),
      displayPhone(p.workPhone),
      displayPhone(p.privatePhone),
      p.email,
    ]),
  );
  const csv = Papa.unparse(
    {
      fields: [
        l.name,
        l.tasks,
        l.functionTitle,
        l.department,
        l.organisation,
        l.phoneMobile,
        l.phoneWork,
        l.phonePrivate,
        l.email,
      ],
      data: rows,
    },
    // excelTextRow made the cells safe, without papaparse's visible apostrophe
    { delimiter: options.delimiter ?? ';', newline: '\r\n', escapeFormulae: false },
  );
  return `\uFEFF${csv}`;
}
