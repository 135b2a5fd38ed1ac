import { expect, openApp, test } from './fixtures';
import { breachExercise } from './helpers/breach-exercise';

/**
 * The logger's laptop (issue 12): at 1366×768, and on a full-HD screen, the operator's board shows
 * the current phase with all its "Loggen" buttons without scrolling.
 */
for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const) {
  test(`at ${size.width}×${size.height} every "Loggen" button of the current phase is in view without scrolling`, async ({
    page,
    app,
  }) => {
    await breachExercise(app);
    await page.setViewportSize(size);
    await openApp(page, app, '#/board');
    const buttons = page.locator('.phase-row--current .current-action__buttons button:not(.secondary)');
    await expect(buttons.first()).toBeVisible();
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const box = await buttons.nth(i).boundingBox();
      expect(box, `button ${i}`).not.toBeNull();
      expect(box!.y + box!.height, `Loggen button ${i} below the fold`).toBeLessThanOrEqual(size.height);
    }
    // nothing was scrolled to get there
    const scrolled = await page.evaluate(() =>
      [document.scrollingElement, ...Array.from(document.querySelectorAll('main, .board-matrix-wrap'))].some(
        (el) => (el?.scrollTop ?? 0) > 0,
      ),
    );
    expect(scrolled).toBe(false);
  });
}
