import path from 'node:path';
import { formatAmsterdam } from '../../shared/log/time';
import { expect, openApp, test } from './fixtures';
import { loadSampleProtocol } from './helpers/sample-protocol';

/**
 * Issue 16: replay on the projector. The operator's replay page puts its moment on the wall; the
 * projector (a second page with the projector's own token) shows the board of that moment under a
 * TERUGKIJKEN band, follows the slider, and goes back to the live board when the operator stops.
 */
const AUTHOR = 'Anouk Meijer';
const SCREENS = process.env.KETENBORD_SCREENS ? path.resolve('.tmp/screens') : null;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('the projector follows the replay slider and says it is a replay', async ({ page, app }) => {
  await loadSampleProtocol(app);
  const { id } = await app.api<{ id: string }>('incident.create', {
    title: 'Storing betaalrun',
    detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'likely',
      customers: 'no',
      public: 'no',
    },
    phase: 'problemUnclear',
    isExercise: false,
    author: AUTHOR,
  });
  // a history with distinct moments: action 1 done in phase 2, then (seconds later) phase 3
  await app.api('board.logAction', {
    incidentId: id,
    author: AUTHOR,
    audience: 'internal',
    action: 1,
    recipients: [{ name: 'Crisisteam' }],
    channel: 'Telefoon',
    sentBy: AUTHOR,
    summary: 'Crisisteam ingelicht',
  });
  await pause(2_100);
  await app.api('incident.update', { id, author: AUTHOR, phase: 'problemClear' });

  await page.setViewportSize({ width: 1920, height: 1080 });
  const projector = await page.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(app.projectorUrl);
  const wall = projector.locator('.projector .board');
  const band = projector.getByTestId('projector-replay');
  await expect(wall).toHaveAttribute('data-phase', 'problemClear');
  await expect(band).toHaveCount(0);

  await openApp(page, app, '#/replay');
  const slider = page.getByRole('slider', { name: 'Tijdstip' });
  await expect(slider).toBeVisible();
  const min = Number(await slider.getAttribute('min'));
  await page.getByRole('button', { name: 'Op de projector tonen' }).click();
  await expect(page.getByRole('button', { name: 'Op de projector tonen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // moment 1: one second after the first line (action 1 logged, still phase 2)
  const first = min + 1_000;
  await slider.fill(String(first));
  await expect(band).toBeVisible();
  await expect(band).toContainText('TERUGKIJKEN — stand van');
  await expect(band).toContainText(formatAmsterdam(new Date(first).toISOString(), 'dd-MM-yyyy HH:mm:ss'));
  await expect(wall).toHaveAttribute('data-phase', 'problemUnclear');
  const chip = (phase: string, audience: string, n: number) =>
    wall.locator(`tr[data-phase="${phase}"] td[data-audience="${audience}"] [data-action="${n}"]`);
  await expect(chip('problemUnclear', 'internal', 1)).toHaveAttribute('data-status', 'done');
  // the band takes room from the wall, which must still fit without scrolling
  const fits = await projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
  expect(fits).toBe(true);
  if (SCREENS) {
    await page.screenshot({ path: path.join(SCREENS, 'replay-operator-1920.png') });
    await projector.screenshot({ path: path.join(SCREENS, 'replay-projector-1920.png') });
  }

  // moment 2: the end of the log, phase 3 (the slider's End key, as a keyboard user moves it)
  await slider.focus();
  await page.keyboard.press('End');
  await expect(wall).toHaveAttribute('data-phase', 'problemClear');
  await expect(chip('problemUnclear', 'internal', 1)).toHaveAttribute('data-status', 'done');
  await expect(band).toBeVisible();

  // back to the start: the projector goes back with it
  await page.keyboard.press('Home');
  await expect(wall).toHaveAttribute('data-phase', 'problemUnclear');

  // stopping gives the wall its live board back
  await page.getByRole('button', { name: 'Op de projector tonen' }).click();
  await expect(band).toHaveCount(0);
  await expect(wall).toHaveAttribute('data-phase', 'problemClear');

  // leaving the page while it is on the wall also ends the replay there
  await page.getByRole('button', { name: 'Op de projector tonen' }).click();
  await expect(band).toBeVisible();
  await page.keyboard.press('Alt+4');
  await expect(page).toHaveURL(/#\/board/);
  await expect(band).toHaveCount(0);

  // closing the operator's tab while the replay is on the wall also gives the wall back
  await openApp(page, app, '#/replay');
  await page.getByRole('button', { name: 'Op de projector tonen' }).click();
  await expect(band).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect(band).toHaveCount(0);
  await expect(wall).toHaveAttribute('data-phase', 'problemClear');
  await projector.close();
});

test('the projector may read the projected replay but not put one on the wall', async ({ request, app }) => {
  const token = new URL(app.projectorUrl).searchParams.get('token') ?? '';
  const call = (method: string, input: unknown) =>
    request.post(`${app.origin}/api/${method}`, { data: input, headers: { 'x-ketenbord-token': token } });
  const read = await (await call('replay.projected', {})).json();
  expect(read).toEqual({ ok: true, result: null });
  const write = await (await call('replay.project', { moment: null })).json();
  expect(write.ok).toBe(false);
});
