import type { Person } from '../schema';
import type { ImportProblem } from './contact-draft';
import { importCsvTable, readCsvTable } from './contacts-csv';
import { importContactsVCard } from './contacts-vcard';
import { type ColumnMapping, type CsvProfile, hasNameColumn } from './csv-columns';
import { decodeBytes, type TextEncodingName } from './decode-bytes';

/**
 * A contacts file from its bytes to people: decoded by us (never assumed UTF-8), recognised as
 * vCard or CSV, and for a CSV read with the mapping the user chose or the headers suggest. The
 * same function serves the preview and the import, so what was previewed is what is imported.
 */
export interface ContactsFileRead {
  format: 'csv' | 'vcard';
  encoding: TextEncodingName;
  profile: CsvProfile | 'vcard';
  delimiter: string;
  headers: string[];
  suggested: ColumnMapping[];
  mapping: ColumnMapping[];
  /** the first rows as they are in the file, for the mapping step */
  sampleRows: string[][];
  /** an unknown CSV layout, or no name column: the user must look at the mapping first */
  needsMapping: boolean;
  people: Person[];
  problems: ImportProblem[];
}

const EMPTY = {
  profile: 'other',
  delimiter: '',
  headers: [],
  suggested: [],
  mapping: [],
  sampleRows: [],
  needsMapping: false,
  people: [],
} as const satisfies Partial<ContactsFileRead>;

/** Control characters other than tab and line breaks: a spreadsheet (.xlsx), a PDF, an image. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we look for
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control / sample.length > 0.02;
}

export function looksLikeVCard(fileName: string, text: string): boolean {
  return /\.(vcf|vcard)$/i.test(fileName) || /^\s*BEGIN:VCARD/i.test(text);
}

export function readContactsFile(
  bytes: Uint8Array,
  fileName: string,
  mapping?: readonly ColumnMapping[],
): ContactsFileRead {
  const decoded = decodeBytes(bytes);
  if (looksBinary(decoded.text)) {
    return {
      ...EMPTY,
      format: /\.(vcf|vcard)$/i.test(fileName) ? 'vcard' : 'csv',
      encoding: decoded.encoding,
      problems: [
        {
          line: 1,
          message:
            'Dit is geen tekstbestand met contacten (het lijkt een ander soort bestand). Er is niets ingelezen; kies een CSV- of vCard-bestand.',
          en: 'This is not a text file with contacts (it looks like another kind of file). Nothing was read; choose a CSV or vCard file.',
        },
      ],
    };
  }
  if (looksLikeVCard(fileName, decoded.text)) {
    const { people, problems } = importContactsVCard(decoded.text);
    return {
      format: 'vcard',
      encoding: decoded.encoding,
      profile: 'vcard',
      delimiter: '',
      headers: [],
      suggested: [],
      mapping: [],
      sampleRows: [],
      needsMapping: false,
      people,
      problems,
    };
  }
  const table = readCsvTable(decoded.text);
  // a mapping for other columns than this file has is ignored rather than trusted
  const usable = mapping?.filter((m) => m.column < table.headers.length);
  const chosen = usable && usable.length > 0 ? [...usable] : table.suggested;
  const { people, problems } = importCsvTable(table, chosen);
  return {
    format: 'csv',
    encoding: decoded.encoding,
    profile: table.profile,
    delimiter: table.delimiter,
    headers: table.headers,
    suggested: table.suggested,
    mapping: chosen,
    sampleRows: table.rows.slice(0, 5).map((r) => r.cells),
    needsMapping: mapping === undefined && (table.profile === 'other' || !hasNameColumn(chosen)),
    people,
    problems,
  };
}
