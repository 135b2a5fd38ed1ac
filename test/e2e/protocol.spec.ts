import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { readZipEntry } from '../unit/protocol/read-zip';
import { test } from './fixtures';
import { openProtocol } from './helpers/protocol-page';

/**
 * Issue 3's "done means": a protocol filled in from empty through every section, the way a user
 * does it, with a wrong phone number corrected on the way; kept over a reload and a restart; the
 * readiness list shrinking as gaps are filled; the printout downloaded and read back.
 */

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function tab(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Onderdelen van het protocol' })
    .getByRole('link', { name })
    .click();
}

/** The readiness figure in the save bar, as [met, checks]. */
async function figure(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('readiness-mini').textContent()) ?? '';
  const m = /(\d+) van (\d+)/.exec(text);
  if (!m) throw new Error(`no figure in "${text}"`);
  return [Number(m[1]), Number(m[2])];
}

async function expectMoreMet(page: Page, before: number): Promise<number> {
  await expect.poll(async () => (await figure(page))[0]).toBeGreaterThan(before);
  return (await figure(page))[0];
}

/** Picks a person in a responsible/deputy/owner select by the start of their name. */
async function pick(select: Locator, name: string): Promise<void> {
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('fill in a protocol from empty, keep it, print it', async ({ page, app }) => {
  test.setTimeout(180_000);
  await openProtocol(page, app, 'organisation');
  await expect(page.getByTestId('save-status')).toHaveText('Alles is opgeslagen.');
  let [met] = await figure(page);

  // General
  await page.getByLabel('Naam van de organisatie').fill('Waterschap Testland');
  await page.getByLabel('Korte naam of afkorting').fill('WTL');
  await expect(page.getByTestId('save-status')).toContainText('Niet-opgeslagen wijzigingen');
  met = await expectMoreMet(page, met);

  // People: Anna with a mistyped mobile number first
  await tab(page, 'Personen');
  await page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
  await expect(page.locator(':focus')).toHaveValue('Nieuwe persoon');
  await page.keyboard.type('Anna de Vries');
  const anna = card(page, 'Anna de Vries');
  await anna.getByLabel('Functie').fill('Teamleider crisisteam');
  const annaMobile = anna.getByLabel('Mobiel nummer');
  await annaMobile.fill('06 1234');
  await annaMobile.press('Tab');
  await expect(annaMobile).toHaveAttribute('aria-invalid', 'true');
  await expect(anna.getByRole('alert')).toContainText('Dit telefoonnummer klopt niet');
  await annaMobile.fill('0612345678');
  await annaMobile.press('Tab');
  await expect(annaMobile).toHaveValue('06 12345678');
  await expect(annaMobile).not.toHaveAttribute('aria-invalid', 'true');
  await expect(anna.getByRole('alert')).toHaveCount(0);
  await anna.getByLabel('Telefoon privé').fill('+31 6 11 22 33 44');
  await anna.getByLabel('E-mail').fill('anna.devries@Testland.NL');
  await anna.getByLabel('E-mail').press('Tab');
  await expect(anna.getByLabel('E-mail')).toHaveValue('anna.devries@testland.nl');

  await page.getByRole('button', { name: '+ Persoon toevoegen' }).click();
  await expect(page.locator(':focus')).toHaveValue('Nieuwe persoon');
  await page.keyboard.type('Bram Jansen');
  const bram = card(page, 'Bram Jansen');
  await bram.getByLabel('Mobiel nummer').fill('06-87654321');
  await bram.getByLabel('Telefoon werk').fill('030 234 5678');
  await bram.getByLabel('Telefoon privé').fill('0611223355');
  await bram.getByLabel('Telefoon privé').press('Tab');
  await expect(bram.getByLabel('Mobiel nummer')).toHaveValue('06 87654321');

  // Nothing typed is lost: a reload before saving brings the draft back.
  await page.reload();
  await expect(page.getByText(/niet-opgeslagen wijzigingen van .* zijn teruggezet/)).toBeVisible();
  await expect(card(page, 'Anna de Vries').getByLabel('Mobiel nummer')).toHaveValue('06 12345678');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText('Opgeslagen om');

  // Systems, with a dependency and the BCP
  await tab(page, 'Systemen');
  ({ 0: met } = await figure(page));
  await page.getByRole('button', { name: '+ Systeem toevoegen' }).click();
  await card(page, 'Nieuw systeem').getByLabel('Naam').fill('Zaaksysteem');
  const system = card(page, 'Zaaksysteem');
  await pick(system.getByLabel('Verantwoordelijke', { exact: true }), 'Anna de Vries');
  await pick(system.getByLabel('Vervanger', { exact: true }), 'Bram Jansen');
  await system.getByRole('button', { name: '+ Afhankelijkheid toevoegen' }).click();
  await system
    .getByLabel('Wat er uitvalt (bij ons en in de keten)')
    .fill('Geen zaken meer voor de gemeenten');
  await system.getByLabel('Aantal').fill('4');
  await page.getByLabel('Naam van het document').fill('BCP Waterschap 2026');
  await pick(page.getByLabel('BCM-verantwoordelijke', { exact: true }), 'Bram Jansen');
  met = await expectMoreMet(page, met);

  // Stakeholders: a chain partner whose contact is created on the spot
  await tab(page, 'Stakeholders');
  await page.getByRole('button', { name: '+ Ketenpartner toevoegen' }).click();
  await card(page, 'Nieuwe organisatie').getByLabel('Organisatie', { exact: true }).fill('Gemeente Testdorp');
  const partner = card(page, 'Gemeente Testdorp');
  await partner.getByRole('button', { name: 'Nieuwe persoon: Verantwoordelijke' }).click();
  await partner.getByLabel('Naam van de nieuwe persoon').fill('Carla Ketel');
  await partner.getByLabel('Naam van de nieuwe persoon').press('Enter');
  await expect(partner.getByLabel('Verantwoordelijke', { exact: true })).toHaveValue(/person-/);
  await pick(partner.getByLabel('Vervanger', { exact: true }), 'Bram Jansen');
  await partner.getByLabel('Hoe snel informeren').fill('Binnen 4 uur telefonisch');
  await partner.getByLabel('Neemt deel aan ons crisisteam').check();

  // Crisis organisation
  await tab(page, 'Crisisorganisatie');
  const lead = card(page, 'Teamleiding');
  await pick(lead.getByLabel('Verantwoordelijke', { exact: true }), 'Anna de Vries');
  await pick(lead.getByLabel('Vervanger', { exact: true }), 'Bram Jansen');
  await pick(page.getByLabel('Crisismanagement', { exact: true }), 'Anna de Vries');
  await expect(page.getByLabel('Gemeente Testdorp (Keten- en netwerkpartners)')).toBeChecked();

  // Channels
  await tab(page, 'Kanalen');
  await page.getByLabel('Gemeente Testdorp via Telefoon').check();
  await page.getByLabel('Gemeente Testdorp via E-mail').check();

  // Media monitoring
  await tab(page, 'Mediamonitoring');
  const press = card(page, 'Pers');
  await pick(press.getByLabel('Verantwoordelijke', { exact: true }), 'Bram Jansen');
  await pick(press.getByLabel('Vervanger', { exact: true }), 'Anna de Vries');

  // Escalation
  await tab(page, 'Opschaling');
  await page.getByRole('button', { name: '+ Voorwaarde toevoegen' }).click();
  const condition = card(page, 'Voorwaarde 1');
  await condition
    .getByLabel('Voorwaarde', { exact: true })
    .fill('Uitval van het zaaksysteem langer dan 4 uur');
  await pick(condition.getByLabel('Eigenaar van de afspraak', { exact: true }), 'Anna de Vries');
  await condition.getByLabel('Afgesproken op').fill(iso(-20));

  // Exercise and upkeep
  await tab(page, 'Oefenen en bijhouden');
  await page.getByLabel('Laatste oefening').fill(iso(-30));
  await page.getByLabel('Laatste actualisering van het protocol').fill(iso(-10));
  await page.getByLabel('Volgende oefening').fill(iso(60));
  await page.getByLabel('Locatie').fill('Crisiskamer, gebouw B');
  met = await expectMoreMet(page, met);

  await page.getByRole('button', { name: /^Opslaan/ }).click();
  await expect(page.getByTestId('save-status')).toContainText('Opgeslagen om');

  // Readiness: follow the link for Carla's missing number; it lands on the field.
  await tab(page, 'Gereedheid');
  const gaps = page.locator('.pe-gap');
  // count only once the list is there (count() does not wait; on a busy machine it read 0)
  await expect(page.getByRole('link', { name: 'Carla Ketel heeft geen telefoonnummer.' })).toBeVisible();
  const before = await gaps.count();
  await page.getByRole('link', { name: 'Carla Ketel heeft geen telefoonnummer.' }).click();
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('id', /^pf-people-person-[0-9a-f]+-mobilePhone$/);
  await page.keyboard.type('06 55544433');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText('Opgeslagen om');
  met = await expectMoreMet(page, met);
  await tab(page, 'Gereedheid');
  await expect(page.getByRole('link', { name: 'Carla Ketel heeft geen telefoonnummer.' })).toHaveCount(0);
  expect(await gaps.count()).toBeLessThan(before);

  // Everything is kept: after a reload and after a restart of the back end.
  await page.reload();
  await expect(page.getByTestId('save-status')).toHaveText('Alles is opgeslagen.');
  await app.restart();
  await openProtocol(page, app, 'people');
  await expect(card(page, 'Carla Ketel').getByLabel('Mobiel nummer')).toHaveValue('06 55544433');
  await expect(card(page, 'Anna de Vries').getByLabel('Telefoon privé')).toHaveValue('06 11223344');
  await tab(page, 'Systemen');
  await expect(card(page, 'Zaaksysteem').getByLabel('Aantal')).toHaveValue('4');
  await tab(page, 'Algemeen');
  await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Waterschap Testland');
  const [metAfter, checks] = await figure(page);
  expect(metAfter).toBe(met);

  // The home screen shows the same figure.
  await page.getByRole('link', { name: /Overzicht/ }).click();
  await expect(page.getByTestId('home-readiness')).toContainText(
    `${metAfter} van ${checks} controles in orde`,
  );

  // Print: Word and PDF as downloads, both carrying the contacts entered.
  await openProtocol(page, app, 'data');
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word-document (.docx)' }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/^crisiscommunicatieprotocol-WTL-\d{4}-\d{2}-\d{2}\.docx$/);
  const xml = readZipEntry(readFileSync((await docx.path()) ?? ''), 'word/document.xml') ?? '';
  for (const name of ['Anna de Vries', 'Bram Jansen', 'Carla Ketel', 'Gemeente Testdorp'])
    expect(xml).toContain(name);

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PDF', exact: true }).click(),
  ]);
  const text = execFileSync('pdftotext', ['-layout', (await pdf.path()) ?? '', '-'], { encoding: 'utf8' });
  for (const expected of [
    'Anna de Vries',
    'Bram Jansen',
    'Carla Ketel',
    '06 12345678',
    '06 55544433',
    'Zaaksysteem',
  ]) {
    expect(text).toContain(expected);
  }
});
