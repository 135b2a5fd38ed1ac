import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';
import { breachExercise } from './helpers/breach-exercise';
import { worstPhaseIncident } from './helpers/worst-phase';

/**
 * The logger's laptop (issue 12): at 1366×768, and on a full-HD screen, the operator's board shows
 * the current phase with all its "Loggen" buttons without scrolling.
 */
const OUT = path.resolve('.tmp/screens');

for (const { size, incident, minimum } of [
  { size: { width: 1366, height: 768 }, incident: 'the breach exercise', minimum: 6 },
  { size: { width: 1920, height: 1080 }, incident: 'the breach exercise', minimum: 6 },
  // the busiest phase of the CIP matrix: three actions for four audiences, two for the public
  { size: { width: 1366, height: 768 }, incident: 'the worst CIP phase', minimum: 13 },
] as const) {
  test(`at ${size.width}×${size.height}, ${incident}: every "Loggen" button of the current phase is in view without scrolling`, async ({
    page,
    app,
  }) => {
    await (incident === 'the worst CIP phase' ? worstPhaseIncident(app) : breachExercise(app));
    await page.setViewportSize(size);
    await openApp(page, app, '#/board');
    const buttons = page.locator('.phase-row--current .current-action__buttons button:not(.secondary)');
    await expect(buttons.first()).toBeVisible();
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(minimum);
    if (process.env.KETENBORD_SCREENS) {
      await mkdir(OUT, { recursive: true });
      await page.screenshot({
        path: path.join(OUT, `operator-${size.width}-${incident.replaceAll(' ', '-')}.png`),
      });
    }
    let lowest = 0;
    for (let i = 0; i < count; i++) {
      const box = await buttons.nth(i).boundingBox();
      expect(box, `button ${i}`).not.toBeNull();
      expect(box!.y + box!.height, `Loggen button ${i} below the fold`).toBeLessThanOrEqual(size.height);
      lowest = Math.max(lowest, box!.y + box!.height);
    }
    test.info().annotations.push({
      type: 'room under the last Loggen button (px)',
      description: String(Math.round(size.height - lowest)),
    });
    // nothing was scrolled to get there
    const scrolled = await page.evaluate(() =>
      [document.scrollingElement, ...Array.from(document.querySelectorAll('main, .board-matrix-wrap'))].some(
        (el) => (el?.scrollTop ?? 0) > 0,
      ),
    );
    expect(scrolled).toBe(false);
  });
}
