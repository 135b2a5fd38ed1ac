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
  [9, 'Crisiskamer'],
  [0, 'Oefenleiding'],
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
  // On a freshly opened page, Tab reaches the skip link first, then the navigation (the last
  // section's page has fields of its own, which would take the focus from its main area)
  await openApp(page, app);
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

test('the page loads without the token, but every API call needs it (401)', async ({
  request,
  page,
  app,
}) => {
  // the page is the app's own code, the same for everyone; the data is behind the API
  const shell = await request.get(`${app.origin}/`);
  expect(shell.status()).toBe(200);
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
  // opened without the link, the page says how to get in
  await page.goto(`${app.origin}/`);
  await expect(page.getByRole('alert')).toContainText('Geen toegang');
});

test('the token goes into session storage, never a cookie, and leaves the address bar', async ({
  page,
  app,
}) => {
  await openApp(page, app, '#/settings');
  await expect(page).toHaveURL(`${app.origin}/#/settings`);
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => sessionStorage.getItem('ketenbord.token'))).toBe(app.token);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
});

test('the token trade never redirects, not even for /.//evil.example', async ({ request, app }) => {
  const trick = await request.get(`${app.origin}/.//evil.example/?token=${app.token}`, { maxRedirects: 0 });
  expect(trick.status()).toBe(404);
  expect(trick.headers().location).toBeUndefined();
  expect(trick.headers()['set-cookie']).toBeUndefined();
});

test('two hosts side by side keep their own token and do not log each other out', async ({ page, app }) => {
  const { startBackend } = await import('../../electron/services/backend');
  const { startWebHost } = await import('../../electron/web/server');
  const path = await import('node:path');
  const other = await startBackend({
    host: 'web',
    appVersion: 'e2e',
    configDir: path.join(app.root, 'config-other'),
    workspaceDir: path.join(app.root, 'workspace-other'),
  });
  const host = await startWebHost({ ctx: other, staticDir: path.resolve('out/renderer') });
  try {
    await openApp(page, app, '#/settings');
    const second = await page.context().newPage();
    await second.goto(`${host.url}#/settings`);
    await expect(second.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
    // the first tab still gets in after the second host's link was opened
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
    await expect(page.locator('.topbar__workspace')).toContainText(app.workspaceDir);
    await second.reload();
    await expect(second.locator('.topbar__workspace')).toContainText('workspace-other');
  } finally {
    await host.close();
    await other.close();
  }
});

test('the projector link has a projector role: the board, nothing else', async ({ page, app }) => {
  await page.goto(app.projectorUrl);
  await expect(page).toHaveURL(`${app.origin}/board`);
  await expect(page.locator('.projector')).toBeVisible();
  const status = await page.evaluate(async () => {
    const token = sessionStorage.getItem('ketenbord.token') ?? '';
    const response = await fetch('/api/protocol.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-ketenbord-token': token },
      body: '{}',
    });
    return response.status;
  });
  expect(status).toBe(403);
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
