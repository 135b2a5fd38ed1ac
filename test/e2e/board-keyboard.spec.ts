import { expect, openApp, test } from './fixtures';
import { breachExercise } from './helpers/breach-exercise';

/**
 * Keyboard and screen readers on the board (issue 12): dialogs give the focus back to what opened
 * them, and the single-letter shortcuts can be switched off (WCAG 2.1.4) while the named keys and
 * the buttons keep working.
 */
test('a dialog gives the focus back to the button that opened it', async ({ page, app }) => {
  await breachExercise(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app, '#/board');

  const logButton = page.getByRole('button', { name: 'Actie 5 loggen voor Ketenpartners' });
  await logButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(logButton).toBeFocused();

  const media = page.getByRole('button', { name: /^Mediatips/ });
  await media.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(media).toBeFocused();
});

test('single-letter shortcuts can be switched off; arrows and buttons keep working', async ({
  page,
  app,
}) => {
  await breachExercise(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app, '#/board');
  // on: M opens the media tips
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await openApp(page, app, '#/settings');
  const setting = page.getByRole('checkbox', { name: /Sneltoetsen met één letter/ });
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();

  await openApp(page, app, '#/board');
  await expect(page.locator('.phase-row--current .current-action').first()).toBeVisible();
  for (const key of ['m', 'l', 'n', 'e', 'w', 'r']) {
    await page.keyboard.press(key);
    await expect(page.getByRole('dialog'), `key ${key} still opens a dialog`).toHaveCount(0);
  }
  // the key bar no longer offers letters that do nothing
  await expect(page.locator('.key-bar')).not.toContainText(/mediatips/i);
  await expect(page.locator('.key-bar kbd', { hasText: /^[A-Z]$/ })).toHaveCount(0);
  // a named key still works: → opens the phase change (after asking for a name)
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  // and the buttons do, as always
  await page.getByRole('button', { name: /^Mediatips/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  // kept across a reload, like every setting
  await page.reload();
  await expect(page.locator('.phase-row--current .current-action').first()).toBeVisible();
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
