import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';
import { AUTHOR, breachExercise } from './helpers/breach-exercise';

/**
 * Screenshots of the board to look at (not to compare): KETENBORD_SCREENS=1 npx playwright test
 * test/e2e/board-screens.spec.ts. They land in .tmp/screens/, which is not committed.
 */
test.skip(!process.env.KETENBORD_SCREENS, 'screenshots only on request (KETENBORD_SCREENS=1)');

const OUT = path.resolve('.tmp/screens');

test('board screenshots at 1920×1080 (dark, light) and 1366×768', async ({ page, app }) => {
  await mkdir(OUT, { recursive: true });
  await breachExercise(app);

  for (const [name, size, theme] of [
    ['board-1920-dark', { width: 1920, height: 1080 }, 'dark'],
    ['board-1920-light', { width: 1920, height: 1080 }, 'light'],
    ['board-1366-dark', { width: 1366, height: 768 }, 'dark'],
  ] as const) {
    await app.api('settings.update', { theme });
    await page.setViewportSize(size);
    await openApp(page, app, '#/board');
    await expect(page.locator('.board-title')).toBeVisible();
    await page.screenshot({ path: path.join(OUT, `operator-${name}.png`) });
    const projector = await page.context().newPage();
    await projector.setViewportSize(size);
    await projector.goto(app.projectorUrl);
    await expect(projector.locator('.board-title')).toBeVisible();
    await projector.screenshot({ path: path.join(OUT, `projector-${name}.png`) });
    await projector.close();
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.api('settings.update', { theme: 'dark' });
  await openApp(page, app, '#/board');
  await expect(page.locator('.board-title')).toBeVisible();
  await page.keyboard.press('l');
  await page.getByLabel('Uw naam').fill(AUTHOR);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Gelogd als verzonden' })).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'operator-1366-log-dialog.png') });
  await page.keyboard.press('Escape');
  await page.keyboard.press('m');
  await page.screenshot({ path: path.join(OUT, 'operator-1366-media.png') });
  await page.keyboard.press('Escape');
  await openApp(page, app, '#/incidents');
  await page.screenshot({ path: path.join(OUT, 'incidents-1366.png'), fullPage: true });
  await openApp(page, app, '#/incidents/matrix');
  await page.locator('[data-cell="public.problemUnclear.negativePublicity"]').fill('1, 3');
  await page.screenshot({ path: path.join(OUT, 'matrix-1366.png') });
});
