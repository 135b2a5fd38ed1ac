import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { AUTHOR, breachExercise } from './helpers/breach-exercise';
import { clippedInCurrentRow } from './helpers/clipping';
import { measureLegibility, seriousAxeViolations } from './helpers/legibility';

/**
 * The projector read from the back of the room (issue 12), measured in real Chromium with the
 * sample protocol and a data-breach exercise: sizes, contrast and scroll at the three screen
 * sizes a crisis room meets, in both themes. KETENBORD_SCREENS=1 also writes screenshots to look at.
 */
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;
const OUT = path.resolve('.tmp/screens');

async function openProjector(page: Page, url: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto(url);
  await expect(page.locator('.phase-row--current .current-action').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

for (const theme of ['dark', 'light'] as const) {
  test(`projector (${theme}): fits without scrolling, legible and in contrast at three sizes`, async ({
    page,
    app,
  }) => {
    const incidentId = await breachExercise(app);
    // the waiting strip full, as in a busy hour: a journalist's question and a promised update
    await app.api('log.append', {
      incidentId,
      author: AUTHOR,
      body: {
        kind: 'messageReceived',
        from: 'Redactie Omroep Midden',
        channel: 'Telefoon',
        summary: 'Vraagt of klantgegevens zijn ingezien en wanneer de website weer werkt',
        awaitsAnswer: true,
        answerBy: new Date(Date.now() + 40 * 60_000).toISOString(),
      },
    });
    await app.api('board.logAction', {
      incidentId,
      author: AUTHOR,
      audience: 'customers',
      action: 4,
      recipients: [{ name: 'Website' }],
      channel: 'Website',
      sentBy: AUTHOR,
      summary: 'Storingsbericht op de website',
      nextUpdateAt: new Date(Date.now() + 25 * 60_000).toISOString(),
    });
    await app.api('settings.update', { theme });
    for (const size of SIZES) {
      await openProjector(page, app.projectorUrl, size);
      if (process.env.KETENBORD_SCREENS) {
        await mkdir(OUT, { recursive: true });
        await page.screenshot({
          path: path.join(OUT, `projector-${size.width}x${size.height}-${theme}.png`),
        });
      }
      const m = await measureLegibility(page);
      const at = `${size.width}×${size.height} ${theme}`;
      expect(m.scrollHeight, `scrolls vertically at ${at}`).toBeLessThanOrEqual(m.innerHeight);
      expect(m.scrollWidth, `scrolls sideways at ${at}`).toBeLessThanOrEqual(m.innerWidth);
      expect(
        m.samples.filter((s) => s.clipped),
        `text cut off at ${at}`,
      ).toEqual([]);
      expect(
        m.samples.filter((s) => s.contrast < 4.5),
        `contrast under 4.5:1 at ${at}`,
      ).toEqual([]);
      // the waiting strip is on the wall: the two soonest, and how many more
      await expect(page.getByTestId('waiting-strip').locator('.waiting-item')).toHaveCount(3);
      await expect(page.locator('.waiting-item--more')).toHaveText('+2 meer');
      if (size.width === 1920) {
        expect(
          m.samples.filter((s) => s.fontPx < 24),
          'text under 24 px at 1920×1080',
        ).toEqual([]);
        expect(m.shareAtLeast(28), 'share of characters at 28 px or more').toBeGreaterThanOrEqual(0.5);
        const current = await measureLegibility(page, '.phase-row--current');
        const names = current.samples.filter((s) => /current-action__label|contact/.test(s.where));
        expect(names.length).toBeGreaterThan(10);
        expect(
          names.filter((s) => s.fontPx < 32),
          'current action names and who to reach under 32 px',
        ).toEqual([]);
      }
    }
  });
}

test('axe-core finds no serious or critical violation on the projector and the operator board', async ({
  page,
  app,
}) => {
  await breachExercise(app);
  for (const theme of ['dark', 'light'] as const) {
    await app.api('settings.update', { theme });
    await openProjector(page, app.projectorUrl, { width: 1920, height: 1080 });
    expect(await seriousAxeViolations(page), `projector, ${theme}`).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, app, '#/board');
    await expect(page.locator('.phase-row--current .current-action').first()).toBeVisible();
    expect(await seriousAxeViolations(page), `operator board, ${theme}`).toEqual([]);
  }
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

for (const scale of [1.5, 2] as const) {
  test(`the size setting at ${scale * 100} % reflows: nothing overlaps, nothing scrolls`, async ({
    page,
    app,
  }) => {
    await breachExercise(app);
    await app.api('settings.update', { boardScale: scale });
    for (const size of SIZES) {
      await openProjector(page, app.projectorUrl, size);
      const at = `${scale * 100} % at ${size.width}×${size.height}`;
      const title = await page.locator('.board-title').boundingBox();
      const clock = await page.getByTestId('board-clock').boundingBox();
      expect(title && clock, at).toBeTruthy();
      expect(overlaps(title!, clock!), `title and clock overlap at ${at}`).toBe(false);
      // each audience header's text against its neighbours'
      const heads = await page.locator('.audience-head__name').evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height, text: el.textContent };
        }),
      );
      for (let i = 1; i < heads.length; i++)
        expect(overlaps(heads[i - 1]!, heads[i]!), `${heads[i - 1]!.text} / ${heads[i]!.text} at ${at}`).toBe(
          false,
        );
      const m = await measureLegibility(page);
      expect(m.scrollHeight, `scrolls at ${at}`).toBeLessThanOrEqual(m.innerHeight);
      expect(m.scrollWidth, `scrolls sideways at ${at}`).toBeLessThanOrEqual(m.innerWidth);
      // the current phase is on the screen, not pushed below it
      const current = await page.locator('.phase-row--current .current-action').first().boundingBox();
      expect(current!.y + current!.height, `current phase below the screen at ${at}`).toBeLessThanOrEqual(
        size.height,
      );
      // every block of the current row whole: inside the screen, its cell and the matrix, no text cut
      expect(await clippedInCurrentRow(page), `clipped in the current row at ${at}`).toEqual([]);
      // what was given up is said: each audience's contacts and actions end in "+N meer"/"+N acties"
      const hidden = await page
        .locator('.phase-row--current .contacts__more, .current-actions__more')
        .count();
      expect(hidden, `the wall says what it left out at ${at}`).toBeGreaterThan(0);
      if (process.env.KETENBORD_SCREENS) {
        await mkdir(OUT, { recursive: true });
        await page.screenshot({
          path: path.join(OUT, `projector-${size.width}x${size.height}-${scale * 100}.png`),
        });
      }
    }
  });
}
