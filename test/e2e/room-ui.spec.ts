import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';
import { createTestIncident } from './helpers/log-fixtures';
import { joinAs, openRoom } from './helpers/room';

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

test('a projector and a viewer join: the board without controls, an entry shows within a second, the viewer reads only', async ({
  app,
  browser,
}) => {
  test.setTimeout(120_000);
  await mkdir(OUT, { recursive: true });
  const incident = await app.api<{ id: string }>('incident.create', {
    title: 'Storing klantportaal',
    detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'likely',
      customers: 'certain',
      public: 'no',
    },
    phase: 'problemUnclear',
    isExercise: true,
    author: 'Operator',
  });
  const room = await openRoom(app);
  const tv = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1920, height: 1080 } });
  const laptop = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  const logger = await joinAs(room.origin, room.status.code ?? '', 'Bram Jansen', 'logger');
  try {
    const projector = await tv.newPage();
    await projector.goto(`${room.origin}/`);
    await projector.getByLabel('Deelnamecode').fill(room.status.code ?? '');
    await projector.getByLabel('Uw naam').fill('Beamer zaal 2');
    await projector.getByRole('radio', { name: /Projectie/ }).check();
    await projector.getByRole('button', { name: 'Meedoen' }).click();
    await expect(projector).toHaveURL(`${room.origin}/board`);
    await expect(projector.getByRole('heading', { level: 1, name: /Storing klantportaal/ })).toBeVisible();
    await expect(projector.locator('input, select, textarea, button')).toHaveCount(0);

    // a logger on another laptop logs a question; the projector shows it within a second
    const answer = await logger.post('/api/log.append', {
      data: {
        incidentId: incident.id,
        body: {
          kind: 'messageReceived',
          from: 'NOS, redactie',
          channel: 'telefoon',
          summary: 'Wanneer werkt het portaal weer?',
          awaitsAnswer: true,
          answerBy: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
    });
    expect(answer.status()).toBe(200);
    await expect(projector.getByTestId('waiting-strip')).toContainText('Vraag van NOS, redactie', {
      timeout: 1_000,
    });
    if (screens) await projector.screenshot({ path: path.join(OUT, 'room-projector.png') });

    // a viewer reads the log, sees why it cannot write, and has no way to log
    const viewer = await laptop.newPage();
    await viewer.goto(`${room.origin}/`);
    await viewer.getByLabel('Deelnamecode').fill(room.status.code ?? '');
    await viewer.getByLabel('Uw naam').fill('Daan Visser');
    await viewer.getByRole('radio', { name: /Meekijker/ }).check();
    await viewer.getByRole('button', { name: 'Meedoen' }).click();
    await expect(viewer.getByTestId('room-badge')).toContainText('Daan Visser (meekijker)');
    await viewer
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('link', { name: /Logboek/ })
      .click();
    await expect(viewer.getByText('Wanneer werkt het portaal weer?')).toBeVisible();
    await expect(viewer.getByTestId('read-only-reason')).toHaveText(/U kijkt mee in de crisiskamer/);
    if (screens) await viewer.screenshot({ path: path.join(OUT, 'room-viewer-log.png') });
  } finally {
    await logger.dispose();
    await tv.close();
    await laptop.close();
    await room.close();
  }
});
