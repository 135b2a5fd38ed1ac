import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openProtocol } from './helpers/protocol-page';

/**
 * Issue 13: the protocol editor's unsaved draft lives in the workspace (protocol.draft.json), not in
 * the browser. A fresh browser context after a restart of the host has no storage of its own, so
 * the draft it is offered can only have come from the workspace.
 */

const draftFile = (workspaceDir: string) => join(workspaceDir, 'protocol.draft.json');
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

test('a draft survives a restart of the host and a new browser; saving removes it', async ({
  page,
  app,
  browser,
}) => {
  await openProtocol(page, app, 'organisation');
  await expect(page.getByTestId('save-status')).toHaveText('Alles is opgeslagen.');
  await page.getByLabel('Naam van de organisatie').fill('Waterschap Concept');
  await expect(page.getByTestId('save-status')).toContainText('Niet-opgeslagen wijzigingen');
  await expect.poll(() => exists(draftFile(app.workspaceDir))).toBe(true);
  if (process.platform !== 'win32') {
    expect((await stat(draftFile(app.workspaceDir))).mode & 0o777).toBe(0o600);
  }
  // nothing of the draft in the browser's storage
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('Waterschap Concept');
  await expect
    .poll(async () => (await app.api<{ protocol: unknown } | null>('protocol.draft.get', {}))?.protocol)
    .toMatchObject({ organisation: { name: 'Waterschap Concept' } });

  await page.close();
  await app.restart();
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await openProtocol(again, app, 'organisation');
  await expect(again.getByText(/niet-opgeslagen wijzigingen van .* zijn teruggezet/)).toBeVisible();
  await expect(again.getByLabel('Naam van de organisatie')).toHaveValue('Waterschap Concept');

  await again.keyboard.press('Control+s');
  await expect(again.getByTestId('save-status')).toContainText('Opgeslagen om');
  expect(await exists(draftFile(app.workspaceDir))).toBe(false);
  await fresh.close();
});

test('throwing the draft away removes the file', async ({ page, app }) => {
  await openProtocol(page, app, 'organisation');
  await page.getByLabel('Naam van de organisatie').fill('Weg ermee');
  await expect.poll(() => exists(draftFile(app.workspaceDir))).toBe(true);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Wijzigingen weggooien' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Alles is opgeslagen.');
  await expect.poll(() => exists(draftFile(app.workspaceDir))).toBe(false);
  await expect(page.getByLabel('Naam van de organisatie')).not.toHaveValue('Weg ermee');
});

test('a draft from an older version in the browser is moved into the workspace once', async ({
  page,
  app,
}) => {
  const { protocol, revision } = await app.api<{ protocol: Record<string, unknown>; revision: string }>(
    'protocol.get',
    {},
  );
  const organisation = protocol.organisation as Record<string, unknown>;
  const legacy = {
    version: 1,
    baseRevision: revision,
    savedAt: new Date().toISOString(),
    protocol: { ...protocol, organisation: { ...organisation, name: 'Uit de browser' } },
  };
  // the browser's storage as the earlier version left it, before the app's first script runs
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [`ketenbord.protocol.draft:${app.workspaceDir}`, JSON.stringify(legacy)] as const,
  );
  await openProtocol(page, app, 'organisation');
  await expect(page.getByLabel('Naam van de organisatie')).toHaveValue('Uit de browser');
  await expect(page.getByText(/niet-opgeslagen wijzigingen van .* zijn teruggezet/)).toBeVisible();
  expect(await exists(draftFile(app.workspaceDir))).toBe(true);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('protocol.draft'))),
  ).toEqual([]);
});
