import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/** The Electron binary is only there after `npm run install-electron` (it cannot be downloaded here). */
function electronBinary(): string | null {
  const pathFile = path.resolve('node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.describe('Electron window', () => {
  test.skip(
    binary === null,
    'Electron-programma niet geïnstalleerd (npm run install-electron); deze test draait alleen waar het er is. / Electron binary not installed; this spec runs only where it is.',
  );

  test('opens the app over app:// with the security baseline in place', async () => {
    const userData = await mkdtemp(path.join(os.tmpdir(), 'ketenbord-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: ['.', `--user-data-dir=${userData}`],
      env: { ...process.env, HOME: userData },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toMatch(/^app:\/\/ketenbord\//);
      await expect(window.getByRole('navigation')).toBeVisible();
      // no Node in the page, only the narrow bridge
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(
        await window.evaluate(() => Object.keys((window as unknown as { ketenbord: object }).ketenbord)),
      ).toEqual(['host', 'invoke', 'subscribe']);
      // sandbox + contextIsolation: the page has neither Node's process nor its require
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );
    } finally {
      await app.close();
    }
  });
});
