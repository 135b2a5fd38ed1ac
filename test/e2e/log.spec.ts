import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { formatAmsterdam } from '../../shared/log/time';
import { expect, openApp, test } from './fixtures';
import { createTestIncident } from './helpers/log-fixtures';

const run = promisify(execFile);

async function verifyLog(workspace: string, incident: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, [
      'bin/ketenbord.mjs',
      'verify-log',
      '--workspace',
      workspace,
      '--incident',
      incident,
    ]);
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? -1, out: e.stdout ?? '' };
  }
}

test('log from the quick bar and the message form, correct, filter, export, reload, verify', async ({
  page,
  app,
}) => {
  const incident = await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
  await openApp(page, app, '#/log');
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  await expect(page.getByTestId('log-count')).toHaveText('1 regel');

  // Quick bar: without a name the app asks for one first, and keeps what was typed.
  const quick = page.getByTestId('log-quick-input');
  await quick.fill('Crisisteam bijeen in zaal 2.01');
  await quick.press('Enter');
  const who = page.getByRole('dialog', { name: 'Wie logt er?' });
  await who.getByLabel('Uw naam').fill('Anouk de Vries');
  await who.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('log-author')).toHaveText('Anouk de Vries');
  await expect(quick).toHaveValue('Crisisteam bijeen in zaal 2.01');
  await quick.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Vastgelegd als regel 2.' })).toBeVisible();
  await expect(quick).toHaveValue('');

  // A decision: the toggle, then Enter.
  await page.getByRole('radio', { name: 'Besluit' }).check();
  await quick.fill('Woordvoering loopt via de communicatieadviseur');
  await quick.press('Enter');
  await expect(page.locator('.log-row[data-seq="3"]')).toContainText('Besluit');

  // The message form, with a time earlier than now.
  const earlier = new Date(Date.now() - 20 * 60_000).toISOString();
  await page.getByRole('button', { name: 'Bericht verstuurd…' }).click();
  const form = page.getByRole('dialog', { name: 'Bericht verstuurd vastleggen' });
  await form.getByLabel('Doelgroep').selectOption('customers');
  await form.getByLabel('Actie uit de matrix').selectOption('2');
  await form.getByLabel('Ontvangers').fill('Klantenservice (DUR)');
  await form.getByLabel('Kanaal').fill('website');
  await form.getByLabel('Samenvatting').fill('Storingsmelding op de website geplaatst');
  // the form has two time boxes (next update, sent at): this is when it went out
  const sentAt = form.getByRole('group', { name: /^Verstuurd om/ });
  await sentAt.getByLabel('Datum').fill(formatAmsterdam(earlier, 'dd-MM-yyyy'));
  await sentAt.getByLabel('Tijd (24 uur)').fill(formatAmsterdam(earlier, 'HH:mm:ss'));
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toBeHidden();
  const message = page.locator('.log-row[data-seq="4"]');
  await expect(message).toContainText('Storingsmelding op de website geplaatst');
  await expect(message).toContainText('Klanten · actie 2 · aan Klantenservice (DUR) · via website');
  await expect(message.locator('.log-row__occurred')).toHaveText(formatAmsterdam(earlier, 'HH:mm:ss'));
  await expect(message.locator('.log-row__recorded')).toContainText('vastgelegd');

  // Correct it: the list shows the new wording and keeps the original visible.
  await message.getByRole('button', { name: 'Corrigeren #4' }).click();
  const fix = page.getByRole('dialog', { name: 'Regel 4 corrigeren' });
  await fix.getByLabel('Wordt').fill('Storingsmelding op website en app geplaatst');
  await fix.getByLabel('Waarom (verplicht)').fill('Ook in de app gezet');
  await fix.getByRole('button', { name: 'Correctie vastleggen' }).click();
  await expect(fix).toBeHidden();
  await expect(message).toContainText('Storingsmelding op website en app geplaatst');
  await expect(message).toContainText('gecorrigeerd in regel 5');
  await expect(message.locator('s')).toHaveText('Storingsmelding op de website geplaatst');
  await expect(page.getByTestId('log-count')).toHaveText('5 regels');

  // Filters: by kind, by text.
  await page.getByRole('combobox', { name: /^Soort/ }).selectOption('messageSent');
  await expect(page.getByTestId('log-count')).toHaveText('1 van 5 regels');
  await page.getByRole('combobox', { name: /^Soort/ }).selectOption('');
  await page.getByLabel('Zoeken in tekst').fill('zaal');
  await expect(page.getByTestId('log-count')).toHaveText('1 van 5 regels');
  await expect(page.locator('.log-row[data-seq="2"]')).toBeVisible();
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(page.getByTestId('log-count')).toHaveText('5 regels');

  // CSV export: the download holds every entry and the correction.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^logboek_${incident.id}_.*\\.csv$`));
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFvolgnummer;incident;')).toBe(true);
  expect(csv).toContain('Crisisteam bijeen in zaal 2.01');
  expect(csv).toContain('Storingsmelding op de website geplaatst');
  expect(csv).toContain('Ook in de app gezet');
  expect(csv.trim().split('\r\n')).toHaveLength(6);

  // After a reload and after a restart of the back end, everything is still there.
  await page.reload();
  await expect(page.getByTestId('log-count')).toHaveText('5 regels');
  await app.restart();
  await page.goto(`${app.url}#/log`);
  await expect(page.getByTestId('log-count')).toHaveText('5 regels');
  await expect(page.locator('.log-row[data-seq="4"]')).toContainText(
    'Storingsmelding op website en app geplaatst',
  );
  await expect(page.locator('.log-row[data-seq="3"]')).toContainText(
    'Woordvoering loopt via de communicatieadviseur',
  );

  // The chain checks out from the app and from the command line; one changed byte breaks it.
  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Keten intact: 5 regels' })).toBeVisible();
  const ok = await verifyLog(app.workspaceDir, incident.id);
  expect(ok.code).toBe(0);
  expect(ok.out).toContain('OK');
  const file = path.join(app.workspaceDir, 'incidents', `${incident.id}.log.jsonl`);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('zaal 2.01', 'zaal 2.02'));
  const broken = await verifyLog(app.workspaceDir, incident.id);
  expect(broken.code).not.toBe(0);
  expect(broken.out).toContain('FOUT');
  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Keten verbroken bij regel 2' })).toBeVisible();
});

test('drafting: OEFENING in an exercise, media advice inline, mailto link, then log it', async ({
  page,
  app,
}) => {
  await createTestIncident(app.ctx, { title: 'Oefening phishing', isExercise: true });
  await page.addInitScript(() => sessionStorage.setItem('ketenbord.author', 'Bram Jansen'));
  await openApp(page, app, '#/log');
  await expect(page.locator('.log-exercise')).toHaveText('OEFENING');
  await page.getByRole('button', { name: 'Bericht opstellen…' }).click();
  const draft = page.getByRole('dialog', { name: 'Bericht opstellen' });
  await expect(draft.getByTestId('draft-subject')).toHaveValue(/^OEFENING/);
  await expect(draft.getByTestId('draft-body')).toHaveValue(/Oefening phishing/);
  await draft
    .getByTestId('draft-body')
    .fill('OEFENING Het valt mee: slechts 3 procent van de klanten merkt iets.');
  await expect(draft.getByTestId('media-findings')).toContainText('valt mee');
  const mailto = draft.getByRole('link', { name: 'Openen in e-mail' });
  await expect(mailto).toHaveAttribute('href', /^mailto:\?subject=OEFENING/);
  await draft.getByRole('button', { name: 'Na het versturen: leg het vast' }).click();
  const form = page.getByRole('dialog', { name: 'Bericht verstuurd vastleggen' });
  await expect(form.getByLabel('Doelgroep')).toHaveValue('customers');
  await form.getByLabel('Kanaal').fill('e-mail');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.locator('.log-row[data-seq="2"]')).toContainText('Bericht verstuurd');
  await expect(page.locator('.log-row[data-seq="2"]')).toContainText('Bram Jansen');
});
