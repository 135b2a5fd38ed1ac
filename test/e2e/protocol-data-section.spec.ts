import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { openProtocol } from './helpers/protocol-page';

/**
 * The protocol's data section after moving onto the one submit guard (issue 13): a refused JSON
 * import says why where it always did, the sample loads through its two-step warning, and two
 * clicks on the confirm button in one go (before React can disable it) ask the back end once.
 */
test('the data section: a refused import, the sample loaded once however often it is confirmed', async ({
  page,
  app,
}) => {
  await openProtocol(page, app, 'data');
  const section = page.locator('section[aria-labelledby="pe-data"]');

  // a file that is JSON but no protocol: refused, in words, where the section shows its outcome
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('#pe-import-json').setInputFiles({
    name: 'geen-protocol.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"dit": "is geen protocol"}'),
  });
  const refusal = section.getByRole('alert');
  await expect(refusal).toBeVisible();
  await expect(refusal).not.toHaveText('');
  await shot(section, 'data-section-refused-import');

  // the sample, confirmed with two clicks in one task: the guard lets one through
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/protocol.loadSample')) calls.push(request.url());
  });
  const opener = page.getByRole('button', { name: 'Voorbeeldprotocol laden…' });
  await opener.click();
  const confirm = page.getByRole('button', { name: 'Ja, voorbeeld laden' });
  await confirm.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(
    section.getByRole('status').filter({ hasText: 'Het voorbeeldprotocol is geladen.' }),
  ).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
  // the earlier refusal is gone: the status line tells the newest outcome only
  await expect(section.getByRole('alert')).toHaveCount(0);
  expect(calls).toHaveLength(1);
  await shot(section, 'data-section-sample-loaded');
});

/** For a person to look at (KETENBORD_SCREENS=1): where the outcome shows, in .tmp/screens/. */
async function shot(part: Locator, name: string): Promise<void> {
  if (!process.env.KETENBORD_SCREENS) return;
  const out = path.resolve('.tmp/screens');
  mkdirSync(out, { recursive: true });
  await part.screenshot({ path: path.join(out, `${name}.png`) });
}
