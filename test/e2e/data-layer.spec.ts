import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, type TestApp, test } from './fixtures';
import { loadSampleProtocol } from './helpers/sample-protocol';

/**
 * Issue 13, one data layer: a refetch never overwrites what somebody typed, and a double submit
 * appends one journal entry, not two (an entry can only be corrected, never removed).
 */

const CELL = '[data-cell="public.problemUnclear.negativePublicity"]';

/** KETENBORD_SCREENS=1 writes what these states look like to .tmp/screens/data (not committed). */
async function screen(page: Page, name: string): Promise<void> {
  if (!process.env.KETENBORD_SCREENS) return;
  const out = path.resolve('.tmp/screens/data');
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: false });
}

test('a read that fails says why and offers to try again, instead of waiting forever', async ({
  page,
  app,
}) => {
  await openApp(page, app, '#/incidents');
  await app.stop();
  await page.evaluate(() => {
    window.location.hash = '#/incidents/matrix';
  });
  const problem = page.getByTestId('load-error');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('Deze gegevens konden niet worden geladen.');
  await expect(problem).toContainText('Geen verbinding met Ketenbord');
  await expect(page.locator(CELL)).toHaveCount(0);
  await screen(page, 'matrix-load-error');

  await app.start();
  await problem.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.locator(CELL)).toBeVisible();
  await expect(page.getByTestId('load-error')).toHaveCount(0);
});

test('unsaved matrix edits survive a protocol change made elsewhere; the user decides to reload', async ({
  page,
  app,
}) => {
  await openApp(page, app, '#/incidents/matrix');
  const cell = page.locator(CELL);
  await expect(cell).toBeVisible();
  await cell.fill('1, 3');

  // Another window saves the protocol (the organisation's name): the matrix did not change, the
  // refetch brings the same matrix, nothing to ask.
  const state = await app.api<{ protocol: { organisation: { name: string } }; revision: string }>(
    'protocol.get',
    {},
  );
  state.protocol.organisation.name = 'Elders gewijzigd';
  await app.api('protocol.save', { protocol: state.protocol, baseRevision: state.revision });
  await expect(page.getByTestId('changed-elsewhere')).toHaveCount(0);
  await expect(cell).toHaveValue('1, 3');

  // Another window saves a different matrix: the edit stays, the page says what happened.
  const info = await app.api<{ cells: Record<string, Record<string, Record<string, number[]>>> }>(
    'matrix.get',
    {},
  );
  info.cells.internal!.problemClear!.dataBreach = [2];
  await app.api('matrix.update', { cells: info.cells });
  await expect(page.getByTestId('changed-elsewhere')).toBeVisible();
  await expect(cell).toHaveValue('1, 3');
  await screen(page, 'matrix-changed-elsewhere');
  await expect(page.locator('[data-cell="internal.problemClear.dataBreach"]')).not.toHaveValue('2');

  // Taking the new version is the user's choice, and it drops the edit.
  await page.getByRole('button', { name: /Nieuwe versie laden/ }).click();
  await expect(page.getByTestId('changed-elsewhere')).toHaveCount(0);
  await expect(page.locator('[data-cell="internal.problemClear.dataBreach"]')).toHaveValue('2');
  await expect(cell).not.toHaveValue('1, 3');
});

test('an untouched matrix follows a change made elsewhere without asking', async ({ page, app }) => {
  await openApp(page, app, '#/incidents/matrix');
  await expect(page.locator(CELL)).toBeVisible();
  const info = await app.api<{ cells: Record<string, Record<string, Record<string, number[]>>> }>(
    'matrix.get',
    {},
  );
  info.cells.public!.problemUnclear!.negativePublicity = [4, 5];
  await app.api('matrix.update', { cells: info.cells });
  await expect(page.locator(CELL)).toHaveValue('4, 5');
  await expect(page.getByTestId('changed-elsewhere')).toHaveCount(0);
});

async function boardWithIncident(page: Page, app: TestApp): Promise<string> {
  await loadSampleProtocol(app);
  const incident = await app.api<{ id: string }>('incident.create', {
    title: 'Dubbel ingediend',
    detectedAt: new Date(Date.now() - 60_000).toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'certain',
      customers: 'no',
      public: 'no',
    },
    phase: 'problemClear',
    isExercise: false,
    author: 'Test',
  });
  await openApp(page, app, '#/board');
  await expect(page.getByRole('heading', { level: 1, name: /Dubbel ingediend/ })).toBeVisible();
  return incident.id;
}

async function journalCount(app: TestApp, incidentId: string): Promise<number> {
  return (await app.api<{ count: number }>('log.list', { incidentId, offset: 0, limit: 1 })).count;
}

/** Two submits in one task: before React can re-render the disabled button, the worst case. */
async function submitTwice(page: Page, dialogName: string): Promise<void> {
  await page
    .getByRole('dialog', { name: dialogName })
    .locator('form')
    .evaluate((form: HTMLFormElement) => {
      form.requestSubmit();
      form.requestSubmit();
    });
}

async function authorFirst(page: Page): Promise<void> {
  const who = page.getByRole('dialog', { name: 'Wie zit er achter het toetsenbord?' });
  await expect(who).toBeVisible();
  await who.getByLabel('Uw naam').fill('Anouk Meijer');
  await who.getByRole('button', { name: 'Doorgaan' }).click();
}

test("Enter twice on the board's log dialog logs the message once", async ({ page, app }) => {
  const id = await boardWithIncident(page, app);
  const before = await journalCount(app, id);
  await page.keyboard.press('l');
  await authorFirst(page);
  const dialog = page.getByRole('dialog', { name: 'Gelogd als verzonden' });
  await expect(dialog).toBeVisible();
  await submitTwice(page, 'Gelogd als verzonden');
  await expect(page.getByRole('status').filter({ hasText: 'Vastgelegd in het logboek' })).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(await journalCount(app, id)).toBe(before + 1);
});

test('a double click on "not applicable" records it once', async ({ page, app }) => {
  const id = await boardWithIncident(page, app);
  const before = await journalCount(app, id);
  await page.keyboard.press('n');
  await authorFirst(page);
  const na = page.getByRole('dialog', { name: 'Niet van toepassing' });
  await na.getByLabel('Reden (verplicht)').fill('Zit zelf in het crisisteam');
  await na.getByRole('button', { name: 'Vastleggen' }).dblclick();
  await expect(na).toBeHidden();
  expect(await journalCount(app, id)).toBe(before + 1);
});
