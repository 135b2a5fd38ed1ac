import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelTextCell, readExcelTextCell } from '../../../shared/csv/excel-text';
import { logToCsv } from '../../../shared/log/csv';
import { exportCallListCsv, importContactsCsv } from '../../../shared/protocol/contacts-io';
import { loadSample } from '../protocol/load-sample';
import { makeEntries } from './entries';

/**
 * What a spreadsheet evaluates in a cell written as ="…": strip the string constants and the &
 * between them; anything left over would be formula code an attacker controls.
 */
function codeOutsideStrings(cell: string): string {
  return cell
    .slice(1)
    .replace(/"(?:[^"]|"")*"/g, '')
    .replace(/&/g, '');
}

const RISKY = [
  '+31 6 1234 5678',
  '0612345678',
  '=HYPERLINK("http://kwaad.example","klik")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '-2+3',
  '\tverborgen',
  '＝1+1',
  '=" & HYPERLINK("x") & "',
  '12345678901234567890',
];

describe('cells a spreadsheet opens as text without a visible mark', () => {
  it('wraps formulas, phone numbers and leading zeros as a string constant, and reads them back', () => {
    for (const value of RISKY) {
      const cell = excelTextCell(value);
      expect(cell.startsWith('="'), value).toBe(true);
      expect(cell).not.toMatch(/^'/);
      expect(codeOutsideStrings(cell), value).toBe('');
      expect(readExcelTextCell(cell)).toBe(value);
    }
  });

  it('leaves ordinary text and numbers Excel keeps anyway alone', () => {
    for (const value of ['Normale tekst', '06 1234 5678', '030 234 5102', '42', 'e-mail', '']) {
      expect(excelTextCell(value)).toBe(value);
    }
  });

  it('splits long text into pieces of at most 255 characters, never inside an emoji', () => {
    const long = `=${'a'.repeat(253)}😀${'b'.repeat(600)}`;
    const cell = excelTextCell(long);
    const pieces = [...cell.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!);
    expect(pieces.length).toBe(4);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(255);
    expect(codeOutsideStrings(cell)).toBe('');
    expect(readExcelTextCell(cell)).toBe(long);
  });

  it('keeps the apostrophe only past Excel’s formula length, and reads that back too', () => {
    const huge = `=${'x'.repeat(9_000)}`;
    expect(excelTextCell(huge)).toBe(`'${huge}`);
    expect(readExcelTextCell(`'${huge}`)).toBe(huge);
  });

  it('round-trips the log CSV: a received message that is a formula reads back as its text', () => {
    const entries = makeEntries([
      {
        kind: 'messageReceived',
        from: '+31 6 9876 5432',
        channel: 'sms',
        summary: '=1+1',
        awaitsAnswer: false,
      },
    ]);
    const csv = logToCsv(entries);
    expect(csv).not.toContain("'+31");
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter: ';' }).data;
    expect(rows[0]!.van).toBe('="+31 6 9876 5432"');
    expect(readExcelTextCell(rows[0]!.van!)).toBe('+31 6 9876 5432');
    expect(readExcelTextCell(rows[0]!.samenvatting!)).toBe('=1+1');
  });

  it('round-trips the call list through the importer with international numbers intact', () => {
    const sample = loadSample();
    sample.people[0]!.privatePhone = '+32471123456';
    const csv = exportCallListCsv(sample);
    expect(csv).not.toMatch(/'\+/);
    const back = importContactsCsv(csv);
    expect(back.people[0]?.privatePhone).toBe('+32471123456');
  });
});
