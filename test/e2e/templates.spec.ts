import { mkdir } from 'node:fs/promises';
import { expect, openApp, test } from './fixtures';
import { createTestIncident } from './helpers/log-fixtures';

const OWN_SUBJECT = 'Storing bij {organisatie}: {incident}';
const OWN_BODY = 'Beste klant,\n\nWe werken aan "{incident}". Meer nieuws om {volgende_update}.';

test('edit the customers / action 3 / Dutch template, keep it, draft with it, reset it', async ({
  page,
  app,
}) => {
  await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
  await openApp(page, app, '#/log/templates');
  await expect(page.getByRole('heading', { level: 1, name: 'Berichtsjablonen' })).toBeVisible();

  await page.getByLabel('Doelgroep').selectOption('customers');
  await page.getByLabel('Actie').selectOption('3');
  await page.getByLabel('Taal').selectOption('nl');
  await expect(page.getByTestId('tpl-source')).toContainText('Nog geen eigen sjabloon');
  // the editable text starts as the default shown beside it
  const defaultBody = await page.getByTestId('tpl-default-body').textContent();
  await expect(page.getByTestId('tpl-body')).toHaveValue(defaultBody ?? '');

  // an unknown placeholder is pointed out and blocks saving
  await page.getByLabel('Onderwerp').fill('Hallo {naam}');
  await expect(page.getByText('Onbekende invulplek: {naam}')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeDisabled();

  await page.getByLabel('Onderwerp').fill(OWN_SUBJECT);
  await page.getByTestId('tpl-body').fill(OWN_BODY);
  await expect(page.getByTestId('tpl-preview-body')).toContainText('We werken aan "Storing klantportaal"');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expect(page.getByLabel('Actie').locator('option[value="3"]')).toContainText('(✎ eigen)');

  await page.reload();
  await page.getByLabel('Doelgroep').selectOption('customers');
  await page.getByLabel('Actie').selectOption('3');
  await page.getByLabel('Taal').selectOption('nl');
  await expect(page.getByTestId('tpl-source')).toContainText('eigen sjabloon');
  await expect(page.getByLabel('Onderwerp')).toHaveValue(OWN_SUBJECT);

  if (process.env.KETENBORD_SCREENS) {
    await mkdir('.tmp/screens', { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: '.tmp/screens/templates.png' });
  }

  await page.getByRole('link', { name: /Terug naar het logboek/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  await page.getByRole('button', { name: 'Bericht opstellen…' }).click();
  const draft = page.getByRole('dialog', { name: 'Bericht opstellen' });
  await draft.getByLabel('Doelgroep').selectOption('customers');
  await draft.getByLabel('Actie uit de matrix').selectOption('3');
  await draft.getByLabel('Taal van het bericht').selectOption('nl');
  await expect(draft.getByTestId('draft-body')).toHaveValue(/We werken aan "Storing klantportaal"/);
  await expect(draft.getByTestId('draft-subject')).toHaveValue(/: Storing klantportaal$/);
  await expect(draft.getByText('Sjabloon van de eigen organisatie')).toBeVisible();
  await draft.getByRole('button', { name: 'Sluiten' }).click();

  await page.getByRole('link', { name: 'Berichtsjablonen' }).click();
  await page.getByLabel('Doelgroep').selectOption('customers');
  await page.getByLabel('Actie').selectOption('3');
  await page.getByLabel('Taal').selectOption('nl');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Terug naar standaardtekst' }).click();
  await expect(page.getByTestId('tpl-source')).toContainText('Nog geen eigen sjabloon');
  await expect(page.getByTestId('tpl-body')).toHaveValue(defaultBody ?? '');
});

test('the protocol editor links to the template editor', async ({ page, app }) => {
  await openApp(page, app, '#/protocol');
  const link = page.getByRole('link', { name: 'Berichtsjablonen bewerken' });
  await page.getByRole('link', { name: 'Importeren en afdrukken' }).click();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berichtsjablonen' })).toBeVisible();
});
