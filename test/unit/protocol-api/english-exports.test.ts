import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestIncident, seedRealisticLog } from '../../e2e/helpers/log-fixtures';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/**
 * Issue 13: the files a user takes away (call list, log, calendar invitation) speak the language
 * they asked for. What the user typed (names, summaries) stays as typed; every word the app adds
 * follows the language. Written to disk and read back, as a spreadsheet or calendar would.
 */
let app: TestBackend;
let incidentId: string;

beforeAll(async () => {
  app = await startTestBackend('ketenbord-english-');
  await app.call('protocol.loadSample', { confirm: true });
  const incident = await createTestIncident(app.ctx, { title: 'Datalek klantportaal' });
  incidentId = incident.id;
  await seedRealisticLog(app.ctx, incidentId);
  // a correction too: its wording ("corrigeert" / "corrects") is the app's, not the user's
  await app.call('log.append', {
    incidentId,
    author: 'Anouk',
    body: {
      kind: 'correction',
      corrects: 1,
      changes: { author: 'Anouk de Vries' },
      reason: 'typfout',
    },
  });
});
afterAll(async () => app.close());

async function roundTrip(name: string, text: string): Promise<string> {
  const file = join(app.root, name);
  await writeFile(file, text, 'utf8');
  return readFile(file, 'utf8');
}

const table = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;

/** Dutch words only the app writes into these files (never part of the sample's own data). */
const APP_DUTCH =
  /\b(ja|nee|corrigeert|doelgroep|fase|actie|ontvangers|samenvatting|verantwoordelijke|vervanger|privé|mobiel|Binnen de organisatie|Probleem|Oplossing|Bericht verstuurd|Besluit|Oefening crisiscommunicatie|Jaarlijkse|Crisisteam:|Morgen)\b/;

/** Cells the app wrote differently per language: there, the English file must hold no Dutch. */
function appCells(nl: string[][], en: string[][]): string[] {
  expect(en.length).toBe(nl.length);
  return en.flatMap((row, r) => row.filter((cell, c) => cell !== nl[r]?.[c]));
}

describe('exports in English', () => {
  it('the call list: English headers and roles, the same people and numbers', async () => {
    const nl = table(
      await roundTrip('nl.csv', (await app.call('protocol.callListCsv', { language: 'nl' })).csv),
    );
    const enExport = await app.call('protocol.callListCsv', { language: 'en' });
    const en = table(await roundTrip('en.csv', enExport.csv));
    expect(enExport.fileName).toMatch(/^call-list-confidential-/);
    expect(en[0]?.slice(0, 2)).toEqual(['Name', 'Tasks in this protocol']);
    expect(en.map((r) => r[0])).toEqual(nl.map((r, i) => (i === 0 ? 'Name' : r[0])));
    const changed = appCells(nl, en);
    expect(changed.length).toBeGreaterThan(5);
    expect(changed.filter((cell) => APP_DUTCH.test(cell))).toEqual([]);
  });

  it('the log CSV: English headers, kinds, phases, audiences, yes/no and corrections', async () => {
    const nl = table(await roundTrip('log-nl.csv', (await app.call('log.exportCsv', { incidentId })).csv));
    const en = table(
      await roundTrip('log-en.csv', (await app.call('log.exportCsv', { incidentId, language: 'en' })).csv),
    );
    expect(en[0]).toContain('summary');
    expect(en[0]).not.toContain('samenvatting');
    const changed = appCells(nl, en);
    expect(en[0]).toContain('corrects entry');
    expect(en.at(-1)).toContain('Correction');
    expect(changed.filter((cell) => APP_DUTCH.test(cell))).toEqual([]);
  });

  it('the exercise invitation: English summary, description and reminder; same UID and SEQUENCE', async () => {
    const nl = await app.call('protocol.ics', { yearly: false, language: 'nl' });
    const en = await app.call('protocol.ics', { yearly: false, language: 'en' });
    expect(nl.fileName).toMatch(/oefening/);
    expect(en.fileName).toMatch(/exercise/);
    const parse = (text: string) => {
      const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      const alarm = vevent.getFirstSubcomponent('valarm')!;
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        description: event.description,
        reminder: String(alarm.getFirstPropertyValue('description')),
      };
    };
    const dutch = parse(await roundTrip('nl.ics', nl.text));
    const english = parse(await roundTrip('en.ics', en.text));
    expect(dutch.summary).toBe('Oefening crisiscommunicatie – DUR');
    expect(english.summary).toBe('Crisis communication exercise – DUR');
    expect(english.reminder).toBe('Tomorrow: Crisis communication exercise – DUR');
    expect(english.description).toContain('Crisis team:');
    expect(english.description).toContain('Yearly crisis communication exercise');
    for (const text of [english.summary, english.description, english.reminder]) {
      expect(text).not.toMatch(APP_DUTCH);
    }
    // the language is no change to the event: a calendar must not see an update
    expect(english.uid).toBe(dutch.uid);
    expect(english.sequence).toBe(dutch.sequence);
  });
});
