import { expect, openApp, test } from './fixtures';

const SECTIONS: Array<[number, string]> = [
  [1, 'Overzicht'],
  [2, 'Protocol'],
  [3, 'Incidenten'],
  [4, 'Bord'],
  [5, 'Logboek'],
  [6, 'Rapportages'],
  [7, 'Instellingen'],
  [8, 'Over Ketenbord'],
];

test('every section opens from the navigation and from the keyboard', async ({ page, app }) => {
  await openApp(page, app);
  const nav = page.getByRole('navigation', { name: 'Onderdelen' });
  for (const [, name] of SECTIONS) {
    await nav.getByRole('link', { name: new RegExp(name) }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  for (const [key, name] of SECTIONS) {
    await page.keyboard.press(`Alt+${key}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  // Tab reaches the skip link first, then the navigation
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
});

test('the About screen credits CIP and the CC BY-SA 4.0 licence', async ({ page, app }) => {
  await openApp(page, app, '#/about');
  await expect(page.getByText(/Centrum Informatiebeveiliging en Privacybescherming \(CIP\)/)).toBeVisible();
  await expect(page.getByText(/CC BY-SA 4\.0/)).toBeVisible();
  await expect(page.getByText(/EUPL-1\.2/)).toBeVisible();
});

test('a changed setting is kept after reload and after a restart of the back end', async ({ page, app }) => {
  await openApp(page, app, '#/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();

  await app.restart();
  await page.goto(`${app.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('requests without the token are refused', async ({ request, app }) => {
  const page = await request.get(`${app.origin}/`);
  expect(page.status()).toBe(401);
  const api = await request.post(`${app.origin}/api/settings.get`, { data: {} });
  expect(api.status()).toBe(401);
  const wrong = await request.post(`${app.origin}/api/settings.get`, {
    headers: { 'x-ketenbord-token': 'not-the-token' },
    data: {},
  });
  expect(wrong.status()).toBe(401);
  const right = await request.post(`${app.origin}/api/settings.get`, {
    headers: { 'x-ketenbord-token': app.token },
    data: {},
  });
  expect(right.status()).toBe(200);
});

test('a second instance on the same workspace is read-only and says so', async ({ page, app }) => {
  const { startBackend } = await import('../../electron/services/backend');
  const { startWebHost } = await import('../../electron/web/server');
  const path = await import('node:path');
  const second = await startBackend({
    host: 'web',
    appVersion: 'e2e',
    configDir: path.join(app.root, 'config-2'),
    workspaceDir: app.workspaceDir,
  });
  const host = await startWebHost({ ctx: second, staticDir: path.resolve('out/renderer') });
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('read-only-reason')).toContainText('Alleen-lezen');
    await expect(page.getByRole('banner')).toContainText('Alleen-lezen');
  } finally {
    await host.close();
    await second.close();
  }
});
