import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';
import { createOutageIncident, incidentFiles } from './helpers/outage-incident';

/**
 * A log whose last lines were cut off while the app was closed: on the next start the workspace
 * says so, and the log page marks the row after which lines are missing.
 * KETENBORD_SCREENS=1 also writes .tmp/screens/log-integrity/*.png to look at.
 */
test('a cut log end is a workspace problem on opening and the row where it shows is marked', async ({
  page,
  app,
}) => {
  const incident = await createOutageIncident(app, { title: 'Storing klantportaal', author: 'Anouk' });
  for (let i = 1; i <= 6; i++) {
    await app.api('log.append', {
      incidentId: incident.id,
      author: 'Anouk',
      body: { kind: 'note', summary: `Stand van zaken ${i}` },
    });
  }
  const file = incidentFiles(app, incident.id).log;
  const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
  const kept = lines.length - 3;
  await writeFile(file, `${lines.slice(0, kept).join('\n')}\n`);
  await app.restart();

  await openApp(page, app, '#/log');
  const banner = page.getByRole('alert').filter({ hasText: 'Logboek niet meer zoals vastgelegd' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('3 regels weggehaald');
  const marked = page.locator('.log-row--broken');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAttribute('data-seq', String(kept));
  await expect(marked.getByRole('note')).toContainText('Na regel');

  if (process.env.KETENBORD_SCREENS) {
    const out = path.resolve('.tmp/screens/log-integrity');
    await mkdir(out, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: path.join(out, 'cut-log.png') });
  }
});
