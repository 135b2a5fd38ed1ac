import { expect, openApp, test } from './fixtures';
import { AUTHOR, breachExercise } from './helpers/breach-exercise';

/**
 * The logger's laptop (issue 12): at 1366×768 the log page shows at least ten entries, whole, with
 * the filters folded away; the virtual list tells a screen reader each row's place in the log.
 */
test('at 1366×768 the log shows at least ten whole entries, filters folded', async ({ page, app }) => {
  const incidentId = await breachExercise(app);
  // a mix as a real log has it: messages (with their audience and channel line), notes, observations
  for (let i = 1; i <= 30; i++) {
    const body =
      i % 3 === 0
        ? { kind: 'observation', summary: `Waarneming ${i}` }
        : i % 3 === 1
          ? {
              kind: 'messageSent',
              audience: 'customers',
              action: null,
              recipients: [{ name: 'Klantenservice' }],
              channel: 'Website',
              summary: `Bericht ${i} over de storing`,
              sentBy: AUTHOR,
            }
          : { kind: 'note', summary: `Notitie ${i} over de storing` };
    await app.api('log.append', { incidentId, author: AUTHOR, body });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, app, '#/log');
  await expect(page.getByTestId('log-count')).toHaveText(/\d+ regels/);
  // the filters are folded away, and one click brings them back
  await expect(page.getByLabel('Zoeken in tekst')).toBeHidden();
  const list = page.getByTestId('log-list');
  await expect(list.locator('.log-row:not(.log-row--loading)').first()).toBeVisible();
  const whole = await list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return Array.from(el.querySelectorAll('.log-row:not(.log-row--loading)')).filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.bottom <= innerHeight;
    }).length;
  });
  test.info().annotations.push({ type: 'whole entries at 1366×768', description: String(whole) });
  expect(whole).toBeGreaterThanOrEqual(10);
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);

  // position and size for screen readers, on every row in the DOM
  const total = Number((await page.getByTestId('log-count').textContent())?.match(/\d+/)?.[0]);
  const rows = list.locator('[aria-posinset]');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute('aria-setsize', String(total));
    expect(Number(await row.getAttribute('aria-posinset'))).toBeGreaterThanOrEqual(1);
  }
  const last = list.locator(`[aria-posinset="${total}"]`);
  await expect(last).toContainText('Waarneming 30');

  await page.locator('.log-filters-fold > summary').click();
  await expect(page.getByLabel('Zoeken in tekst')).toBeVisible();
});
