import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ProtocolState } from '../../shared/api/protocol-api';
import { expect, test } from './fixtures';
import { openProtocol } from './helpers/protocol-page';

/**
 * Issue 14's "done means", as a new user does it: the first start offers three doors; the demo is
 * loaded through one of them; the Word protocol is imported into it with a mapping step (one table
 * under a heading nobody would recognise) and merged; contacts come in from a spreadsheet with its
 * own headers (mapping) and from Outlook (a duplicate merged); a broken file changes nothing.
 * With KETENBORD_SCREENS=1 it also leaves screenshots in .tmp/screens/import.
 */
const FIXTURES = path.resolve('test/fixtures/import');
const OUT = path.resolve('.tmp/screens/import');
const screens = Boolean(process.env.KETENBORD_SCREENS);

/** The app scrolls inside its main area, so a tall window shows a whole preview in one picture. */
async function shot(page: Page, name: string): Promise<void> {
  if (!screens) return;
  await page.setViewportSize({ width: 1366, height: 2400 });
  await page.screenshot({ path: path.join(OUT, name) });
  await page.setViewportSize({ width: 1366, height: 900 });
}

test('first start, Word import with mapping and merge, contacts with mapping and merge', async ({
  page,
  app,
}) => {
  if (screens) mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  // First start: three doors on an empty workspace, and the first steps below them.
  await page.goto(app.url);
  const doors = page.getByTestId('first-start');
  await expect(doors).toBeVisible();
  await expect(doors.getByRole('heading', { level: 3 })).toHaveText([
    'Word-protocol importeren',
    'Demo laden',
    'Leeg beginnen',
  ]);
  // the channels of the four preset stakeholders are ticked from the start: seven of eight steps open
  await expect(page.getByTestId('first-steps').getByRole('link')).toHaveCount(7);
  await shot(page, 'first-start.png');
  if (screens) {
    // the same screen in the light theme and in English, then back to how the test runs
    await app.api('settings.update', { theme: 'light', language: 'en' });
    await page.reload();
    await expect(page.getByTestId('first-start')).toContainText('How would you like to start?');
    await shot(page, 'first-start-light-en.png');
    await app.api('settings.update', { theme: 'dark', language: 'nl' });
    await page.reload();
    await expect(page.getByTestId('first-start')).toContainText('Hoe wilt u beginnen?');
  }

  // The demo through its door; the doors are gone afterwards.
  await page.getByRole('button', { name: 'Demoprotocol laden' }).click();
  await expect(page.getByTestId('save-status')).toBeVisible();
  const demo = await app.api<ProtocolState>('protocol.get', {});
  expect(demo.protocol.people.length).toBeGreaterThan(0);
  await page.getByRole('link', { name: /Overzicht/ }).click();
  await expect(page.getByTestId('home-readiness')).toBeVisible();
  await expect(page.getByTestId('first-start')).toHaveCount(0);

  // The Word protocol: preview, one table mapped by hand, merge.
  await openProtocol(page, app, 'import');
  await page.locator('#imp-docx').setInputFiles(path.join(FIXTURES, 'protocol-rkr.docx'));
  const preview = page.getByTestId('docx-preview');
  await expect(preview).toBeVisible();
  const media = page.getByLabel('Inhoud van tabel 10');
  await expect(media).toHaveValue('');
  await expect(page.getByTestId('docx-not-understood')).toContainText('ilse.degroot@rkr');
  await expect(page.getByTestId('docx-not-understood')).toContainText('Tabel 10');
  await shot(page, 'word-preview-unmapped.png');
  await media.selectOption({ label: 'Mediamonitoring' });
  await expect(media.locator('xpath=..')).toContainText('door u gekozen');
  await expect(page.getByTestId('docx-not-understood')).not.toContainText('Tabel 10:');
  await expect(page.getByLabel(/Samenvoegen/)).toBeChecked();
  const expected = /(\d+) van (\d+)/.exec((await page.getByTestId('docx-readiness').textContent()) ?? '');
  await shot(page, 'word-preview.png');
  await page.getByRole('button', { name: 'Import bevestigen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Het protocol uit Word is opgeslagen' }),
  ).toBeVisible();

  const merged = await app.api<ProtocolState>('protocol.get', {});
  expect(`${merged.readiness.met} van ${merged.readiness.checks}`).toBe(expected?.[0]);
  const names = merged.protocol.people.map((p) => p.name);
  expect(names).toEqual(
    expect.arrayContaining([...demo.protocol.people.map((p) => p.name), 'Sanne Bakker', 'Ilse de Groot']),
  );
  expect(merged.protocol.organisation.name).toBe('Rijksdienst voor Kavelregistratie');
  const lotte = merged.protocol.people.find((p) => p.name === 'Lotte Hendriks');
  expect(merged.protocol.mediaMonitoring.find((m) => m.preset === 'socialMedia')?.responsibleId).toBe(
    lotte?.id,
  );
  expect(merged.protocol.operations).toEqual(demo.protocol.operations);

  // A broken file: a plain message, and the protocol stays as it is.
  await page.locator('#imp-docx').setInputFiles(path.join(FIXTURES, 'contacts-google.csv'));
  await expect(page.getByRole('alert')).toContainText('geen Word-document');
  expect((await app.api<ProtocolState>('protocol.get', {})).revision).toBe(merged.revision);

  // Contacts from a spreadsheet with its own headers: the mapping step, then the import.
  await page
    .locator('#imp-contacts-file')
    .setInputFiles(path.join(FIXTURES, 'contacts-excel-eigen-kolommen.csv'));
  await expect(page.getByTestId('contacts-detected')).toContainText(
    'een eigen spreadsheet · tekenset WINDOWS-1252 · scheidingsteken ;',
  );
  const mapping: [string, string][] = [
    ['Wie', 'Naam (volledig)'],
    ['Bij', 'Organisatie'],
    ['Rol in crisis', 'Functie'],
    ['Nummer 06', 'Mobiel nummer'],
    ['Nummer kantoor', 'Werknummer'],
    ['Nummer thuis', 'Privénummer'],
    ['Ander nummer', 'Ander nummer (in notities)'],
    ['Adres mail', 'E-mailadres'],
    ['Bijzonderheden', 'Notities'],
  ];
  for (const [column, field] of mapping) {
    await page.getByLabel(`Veld voor kolom ${column}`, { exact: true }).selectOption({ label: field });
    await expect(page.getByRole('status').filter({ hasText: 'Bezig' })).toHaveCount(0);
  }
  const people = page.getByTestId('contacts-people');
  await expect(people).toContainText('Jürgen Müller');
  await expect(people).toContainText('06 11112201');
  await expect(people).toContainText('Bereikbaar tot 22:00');
  await shot(page, 'contacts-mapping.png');
  await page.getByRole('button', { name: '4 personen importeren' }).click();
  await expect(page.getByText('4 toegevoegd, 0 samengevoegd, 0 overgeslagen.')).toBeVisible();

  // Outlook (English) of the same people, one of them twice: every duplicate offered and merged.
  await page.locator('#imp-contacts-file').setInputFiles(path.join(FIXTURES, 'contacts-outlook-en.csv'));
  await expect(page.getByTestId('contacts-detected')).toContainText('Outlook (Engels) · tekenset UTF-8');
  await expect(people.getByRole('checkbox', { name: /Samenvoegen/ })).toHaveCount(5);
  await shot(page, 'contacts-duplicates.png');
  await page.getByRole('button', { name: '5 personen importeren' }).click();
  await expect(page.getByText('0 toegevoegd, 4 samengevoegd, 0 overgeslagen.')).toBeVisible();
  const after = await app.api<ProtocolState>('protocol.get', {});
  const jurgen = after.protocol.people.filter((p) => p.name === 'Jürgen Müller');
  expect(jurgen).toHaveLength(1);
  expect(jurgen[0]?.notes).toContain('jurgen.prive@mail.example');
  expect(jurgen[0]?.notes).toContain('Bereikbaar tot 22:00');
});
