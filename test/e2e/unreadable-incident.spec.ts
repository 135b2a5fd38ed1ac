import { readFile, writeFile } from 'node:fs/promises';
import { expect, openApp, test } from './fixtures';
import { createOutageIncident, incidentFiles } from './helpers/outage-incident';

test('a damaged incident file is listed with its reason, its log can be read, and the backup brings it back', async ({
  page,
  app,
}) => {
  const incident = await createOutageIncident(app, { title: 'Storing betaalsysteem', author: 'Anouk' });
  // a second save, so a good backup of the first version exists
  await app.api('incident.update', { id: incident.id, author: 'Anouk', phase: 'problemClear' });
  await app.api('log.append', {
    incidentId: incident.id,
    author: 'Anouk',
    body: { kind: 'note', summary: 'Helpdesk meldt storing' },
  });
  const file = incidentFiles(app, incident.id).incident;
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.slice(0, 40));
  await app.restart();

  await openApp(page, app, '#/incidents');
  const section = page.getByRole('region', { name: 'Incidenten die niet kunnen worden gelezen' });
  await expect(section).toBeVisible();
  const item = section.locator(`[data-unreadable-incident="${incident.id}"]`);
  await expect(item).toContainText('beschadigd');

  await item.getByRole('link', { name: 'Logboek lezen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  await expect(page.getByText('Helpdesk meldt storing')).toBeVisible();

  await page.goBack();
  await item.getByRole('button', { name: /Reservekopie van .* terugzetten/ }).click();
  await expect(section).toBeHidden();
  await expect(page.getByRole('link', { name: 'Storing betaalsysteem' })).toBeVisible();
});
