import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { test } from './fixtures';
import { openProtocol } from './helpers/protocol-page';

/**
 * The printed protocol's classification is chosen on the protocol screen: VERTROUWELIJK unless the
 * user picks another level, with the keyboard too; every page of the PDF and the call list's file
 * name carry the choice.
 */

function pdfPages(file: string): string[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}

test('the printed protocol carries the classification chosen on the screen', async ({ page, app }) => {
  await app.api('protocol.loadSample', { confirm: true });
  await openProtocol(page, app, 'data');
  const select = page.getByLabel('Rubricering');
  await expect(select).toHaveValue('vertrouwelijk');

  // the default: VERTROUWELIJK on every page
  const [first] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PDF', exact: true }).click(),
  ]);
  const confidential = pdfPages((await first.path()) ?? '');
  expect(confidential.length).toBeGreaterThan(2);
  confidential.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('VERTROUWELIJK');
  });

  // another level, chosen with the keyboard
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('intern');
  if (process.env.KETENBORD_SCREENS) {
    const out = path.resolve('.tmp/screens/protocol');
    mkdirSync(out, { recursive: true });
    await page
      .locator('.pe-actions')
      .first()
      .screenshot({ path: path.join(out, 'print-classification.png') });
  }
  const [second] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PDF', exact: true }).click(),
  ]);
  const internal = pdfPages((await second.path()) ?? '');
  internal.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('INTERN');
    expect(text, `page ${i + 1}`).not.toContain('VERTROUWELIJK');
  });

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Bellijst (.csv)' }).click(),
  ]);
  expect(csv.suggestedFilename().toLowerCase()).toContain('intern');
});
