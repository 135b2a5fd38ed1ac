import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { AUTHOR, breachExercise } from './helpers/breach-exercise';
import { clippedInCurrentRow } from './helpers/clipping';

/**
 * Never stale without saying so (issue 12): when the host stops, the projector and the operator's
 * board say within 5 s that they are no longer up to date and mark the running times; when the
 * host comes back on the same workspace, the same tabs carry on by themselves, without a new link.
 */

const OUT = path.resolve('.tmp/screens');

/** Notes, in the page, the moment the stale banner appears (a poll from the test would add its own delay). */
async function watchForBanner(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { bannerAt?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="stale-banner"]')) {
        w.bannerAt = Date.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Where the current row's cells are, to see that the banner does not push them. */
function currentRowBoxes(page: Page) {
  return page
    .locator('.phase-row--current > td')
    .evaluateAll((cells) => cells.map((c) => JSON.stringify(c.getBoundingClientRect())));
}

test('stopping the host shows the banner within 5 s; restarting it resumes the same tabs', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await breachExercise(app);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.projectorUrl);
  const projectorAddress = page.url();
  await expect(page.locator('.phase-row--current .current-action').first()).toBeVisible();
  const operator = await page.context().newPage();
  await operator.setViewportSize({ width: 1366, height: 768 });
  await openApp(operator, app, '#/board');
  await expect(operator.locator('.phase-row--current .current-action').first()).toBeVisible();
  for (const p of [page, operator]) {
    await expect(p.getByTestId('stale-banner')).toHaveCount(0);
    await expect(p.locator('.board-times')).toHaveAttribute('data-live', 'true');
    await watchForBanner(p);
  }

  const rowBefore = await currentRowBoxes(page);

  const stoppedAt = Date.now();
  await app.stop();
  for (const p of [page, operator]) {
    await expect(p.getByTestId('stale-banner')).toBeVisible({ timeout: 8_000 });
    const bannerAt = await p.evaluate(() => (window as unknown as { bannerAt?: number }).bannerAt ?? 0);
    expect(bannerAt - stoppedAt, 'banner shown within 5 s of the stop').toBeLessThanOrEqual(5_000);
    test
      .info()
      .annotations.push({ type: 'banner after stop (ms)', description: String(bannerAt - stoppedAt) });
    // "dit bord is niet actueel sinds 14:03:12": the last moment the host was heard from
    await expect(p.getByTestId('stale-banner')).toContainText(
      /Verbinding verbroken — dit bord is niet actueel sinds \d\d:\d\d:\d\d/,
    );
    // the banner lies over the exercise band on the projector: it says OEFENING itself
    await expect(p.getByTestId('stale-banner')).toContainText(/^OEFENING · Verbinding verbroken/);
    await expect(p.locator('.board-times')).toHaveAttribute('data-live', 'false');
    await expect(p.locator('.board-times .not-live').first()).toHaveText('niet live');
    await expect(p.locator('.legal-clock .not-live').first()).toBeVisible();
  }
  // on the wall the banner lies over the top: the current row does not move and stays whole
  expect(await currentRowBoxes(page), 'the current row moved when the banner came').toEqual(rowBefore);
  expect(await clippedInCurrentRow(page), 'clipped in the current row with the banner shown').toEqual([]);
  const banner = await page.getByTestId('stale-banner').boundingBox();
  const row = await page.locator('.phase-row--current').boundingBox();
  expect(banner!.y + banner!.height, 'the banner covers the current row').toBeLessThanOrEqual(row!.y);
  if (process.env.KETENBORD_SCREENS) {
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'projector-1920-stale.png') });
    await operator.screenshot({ path: path.join(OUT, 'operator-1366-stale.png') });
  }

  await app.start();
  for (const p of [page, operator]) {
    await expect(p.getByTestId('stale-banner')).toHaveCount(0, { timeout: 10_000 });
    await expect(p.locator('.board-times')).toHaveAttribute('data-live', 'true');
  }
  expect(page.url()).toBe(projectorAddress);
  // live again, not only quiet: a message logged now reaches both boards without a reload
  await app.api('board.logAction', {
    incidentId: (await app.api<{ incident: { id: string } }>('board.state', { operator: true })).incident.id,
    author: AUTHOR,
    audience: 'chainPartners',
    action: 5,
    recipients: [{ name: 'VGU' }],
    channel: 'Telefoon',
    sentBy: AUTHOR,
    summary: 'Herstelbericht aangekondigd aan de ketenpartners',
  });
  for (const p of [page, operator]) {
    await expect(
      p.locator('.phase-row--current td[data-audience="chainPartners"] [data-action="5"]'),
    ).toHaveAttribute('data-status', /done|partial/);
  }
});

test('L, Enter logs in two actions; with the host gone the form keeps its text and saves once it is back', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await breachExercise(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app, '#/board');
  await expect(page.locator('.phase-row--current .current-action').first()).toBeVisible();
  // the first time the board asks for a name once
  await page.keyboard.press('l');
  await page.getByLabel('Uw naam').fill(AUTHOR);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Gelogd als verzonden' });
  await expect(dialog).toBeVisible();
  const summary = dialog.getByLabel('Korte samenvatting van het bericht');
  await summary.fill('Herstelbericht gebeld met de VGU, volgt per e-mail');

  await app.stop();
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Geen verbinding met Ketenbord');
  await expect(summary).toHaveValue('Herstelbericht gebeld met de VGU, volgt per e-mail');
  await expect(dialog).toBeVisible();

  await app.start();
  await expect(page.getByTestId('stale-banner')).toHaveCount(0, { timeout: 10_000 });
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Vastgelegd in het logboek');

  // and the next one is two actions: L opens the form on the first open action, Enter logs it
  await page.keyboard.press('l');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Vastgelegd in het logboek');
});
