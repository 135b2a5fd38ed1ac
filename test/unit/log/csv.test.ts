import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readExcelTextCell } from '../../../shared/csv/excel-text';
import { CSV_COVERED_FIELDS, CSV_HEADERS, logToCsv } from '../../../shared/log/csv';
import { logEntryBodySchema, logEntryMetaSchema } from '../../../shared/log/entry-schema';
import { makeEntries } from './entries';

const entries = makeEntries([
  {
    kind: 'messageSent',
    audience: 'customers',
    action: 4,
    recipients: [
      { name: 'Klantenservice', organisation: 'Eigen org', protocolRef: 'p-1' },
      { name: 'Webteam' },
    ],
    channel: 'e-mail',
    summary: 'Update; met "aanhalingstekens", komma\'s en\neen regelovergang',
    fullText: '=HYPERLINK("http://kwaad.example")',
    sentBy: 'Bram',
  },
  { kind: 'messageReceived', from: 'Journalist', channel: 'telefoon', summary: 'Vraag', awaitsAnswer: true },
  {
    kind: 'decision',
    summary: 'Actie 5 niet nodig',
    subject: { type: 'actionNotApplicable', audience: 'public', action: 5, phase: 'solutionClear' },
    reason: 'niet zichtbaar',
  },
  { kind: 'incidentChange', change: { field: 'phase', from: 'problemUnclear', to: 'problemClear' } },
  { kind: 'correction', corrects: 1, changes: { summary: 'Update verstuurd' }, reason: 'korter' },
]);

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter: ';' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('logToCsv', () => {
  it('has a column for every field of every entry kind', () => {
    const fields = new Set<string>(Object.keys(logEntryMetaSchema.shape));
    for (const option of logEntryBodySchema.options)
      for (const key of Object.keys(option.shape)) fields.add(key);
    const missing = [...fields].filter((f) => !CSV_COVERED_FIELDS.has(f));
    expect(missing).toEqual([]);
  });

  it('writes Dutch headers, UTC and Amsterdam times, and survives quotes, separators and newlines', () => {
    const rows = parse(logToCsv(entries));
    expect(Object.keys(rows[0]!)).toEqual([...CSV_HEADERS]);
    expect(rows).toHaveLength(5);
    const first = rows[0]!;
    expect(first.volgnummer).toBe('1');
    expect(first['vastgelegd (UTC)']).toBe('2026-11-28T09:00:00.000Z');
    expect(first['vastgelegd (Amsterdam)']).toBe('2026-11-28 10:00:00');
    expect(first.samenvatting).toBe(entries[0]!.kind === 'messageSent' ? entries[0]!.summary : '');
    expect(first.ontvangers).toBe('Klantenservice (Eigen org) [p-1]; Webteam');
    expect(first.doelgroep).toBe('Klanten en afnemers');
    expect(first.actie).toBe('4');
    expect(first['gecorrigeerd door regels']).toBe('5');
    // formulas from outside text are neutralised for spreadsheets
    expect(first['volledige tekst']).toBe('="=HYPERLINK(""http://kwaad.example"")"');
    expect(rows[1]!['wacht op antwoord']).toBe('ja');
    expect(rows[2]!['besluit over']).toBe(
      'Actie 5 (Herstelbericht aankondigen) niet van toepassing voor Publiek in fase Oplossing duidelijk',
    );
    // an old-format incident change (one change per entry) reads the same, in labels, never codes
    expect(rows[3]!['wijziging incident']).toBe('Fase: Probleem onduidelijk → Probleem duidelijk');
    expect(rows[4]!['corrigeert regel']).toBe('1');
    expect(JSON.parse(rows[4]!['correctie (nieuwe waarden)']!)).toEqual({ summary: 'Update verstuurd' });
    // 64 zeros would become the number 0 in Excel: written as text
    expect(readExcelTextCell(rows[4]!['hash vorige regel']!)).toBe('0'.repeat(64));
  });

  it('writes the entries of the app itself in the language of the reader, headers included', () => {
    const english = Papa.parse<Record<string, string>>(logToCsv(entries, { locale: 'en' }).slice(1), {
      header: true,
      delimiter: ';',
    }).data;
    expect(english[3]!['incident change']).toBe('Phase: Problem unclear → Problem clear');
    expect(english[2]!['decision about']).toBe(
      'Action 5 (Announce restoration notice) not applicable to Public in phase Solution clear',
    );
    expect(english[0]!.audience).toBe('Customers and clients');
  });

  it('can write comma-separated without BOM', () => {
    const csv = logToCsv(entries.slice(0, 1), { delimiter: ',', bom: false });
    expect(csv.startsWith('volgnummer,incident,')).toBe(true);
  });
});
