import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';
import { createTestIncident } from './helpers/log-fixtures';
import { openRoom } from './helpers/room';

/**
 * Issue 15 as people see it: the operator's Crisiskamer panel and a colleague joining from an
 * ordinary browser over HTTPS. With KETENBORD_SCREENS=1 it also writes screenshots to look at
 * (.tmp/screens/room-*.png).
 */
const OUT = path.resolve('.tmp/screens');
const screens = !!process.env.KETENBORD_SCREENS;

test('a colleague joins through the join screen, shows in the panel, and is ended by the operator', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(120_000);
  await mkdir(OUT, { recursive: true });
  await createTestIncident(app.ctx, { title: 'Storing klantportaal' });
  const room = await openRoom(app);
  const laptop = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  try {
    await openApp(page, app, '#/room');
    await expect(page.getByRole('heading', { level: 1, name: 'Crisiskamer' })).toBeVisible();
    await expect(page.getByTestId('room-code')).toHaveText(room.status.code ?? '');
    await expect(page.getByTestId('room-fingerprint')).toHaveText(room.status.fingerprint ?? '');
    await expect(
      page.getByRole('img', { name: /QR-code van het adres https:\/\/127\.0\.0\.1/ }),
    ).toBeVisible();

    const colleague = await laptop.newPage();
    await colleague.goto(`${room.origin}/`);
    await expect(
      colleague.getByRole('heading', { level: 1, name: 'Meedoen in de crisiskamer' }),
    ).toBeVisible();
    await colleague.getByLabel('Deelnamecode').fill('ACDEF-GHJKM');
    await colleague.getByLabel('Uw naam').fill('Fatima El Amrani');
    await colleague.getByRole('button', { name: 'Meedoen' }).click();
    await expect(colleague.getByRole('alert')).toHaveText(/Deze code klopt niet/);
    await colleague.getByLabel('Deelnamecode').fill((room.status.code ?? '').toLowerCase());
    if (screens) await colleague.screenshot({ path: path.join(OUT, 'room-join.png'), fullPage: true });
    await colleague.getByRole('button', { name: 'Meedoen' }).click();
    await expect(colleague.getByTestId('room-badge')).toContainText(
      'In de crisiskamer als Fatima El Amrani (logger)',
    );
    // a logger sees the pages for logging, not the protocol or the settings
    const nav = colleague.getByRole('navigation', { name: 'Onderdelen' });
    await expect(nav.getByRole('link', { name: /Logboek/ })).toBeVisible();
    await expect(nav.getByRole('link', { name: /Instellingen/ })).toHaveCount(0);

    await page.reload();
    const row = page.getByRole('row', { name: /Fatima El Amrani/ });
    await expect(row).toContainText('logger');
    await expect(row).toContainText('127.0.0.1');
    if (screens) {
      // the panel scrolls inside the content area: a tall window shows all of it
      await page.setViewportSize({ width: 1440, height: 1500 });
      await page.screenshot({ path: path.join(OUT, 'room-panel.png') });
    }

    await page.getByRole('button', { name: 'Deelname van Fatima El Amrani beëindigen' }).click();
    await expect(page.getByText('Nog niemand is binnen.')).toBeVisible();
    await colleague.reload();
    await expect(
      colleague.getByRole('heading', { level: 1, name: 'Meedoen in de crisiskamer' }),
    ).toBeVisible();
    await expect(colleague.getByText(/Uw deelname is beëindigd/)).toBeVisible();
  } finally {
    await laptop.close();
    await room.close();
  }
});
