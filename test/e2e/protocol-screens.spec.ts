import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openProtocol } from './helpers/protocol-page';

/**
 * Screenshots of the protocol editor with the sample loaded, in both themes, for a person to look
 * at (.tmp/screens/protocol, not committed). Nothing is asserted beyond the pages rendering.
 */
const OUT = path.resolve('.tmp/screens/protocol');

test.skip(!process.env.KETENBORD_SCREENS, 'screenshots only on request (KETENBORD_SCREENS=1)');

test('protocol editor screenshots, both themes', async ({ page, app }) => {
  mkdirSync(OUT, { recursive: true });
  await app.api('protocol.loadSample', { confirm: true });
  for (const theme of ['dark', 'light'] as const) {
    await app.api('settings.update', { theme });
    for (const tab of ['systems', 'stakeholders', 'channels', 'people', 'exercise', 'readiness', 'data']) {
      await openProtocol(page, app, tab);
      await expect(page.locator('.pe-body h2').first()).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `${theme}-${tab}.png`) });
    }
  }
  await openProtocol(page, app, null);
  await expect(page.getByTestId('home-readiness')).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'light-home.png') });
});
