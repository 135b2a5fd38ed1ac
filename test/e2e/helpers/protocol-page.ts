import { expect, type Page } from '@playwright/test';
import type { TestApp } from '../fixtures';

/**
 * Opens the app at home, then the protocol tab. fixtures.openApp waits for "the" navigation
 * landmark, and the protocol page has two (the app's and the editor's sub-navigation).
 */
export async function openProtocol(page: Page, app: TestApp, tab: string | null): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Onderdelen', exact: true })).toBeVisible();
  if (tab === null) return;
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/protocol/${tab}`);
  await expect(page.getByTestId('save-status')).toBeVisible();
}
