/**
 * Renderer memory with 100,000 log entries (issue 5: target ≤ 300 MB), and how long the log page
 * takes to show its first rows. Runs the browser host on a temp workspace and the system Chromium,
 * as the end-to-end tests do. Prints figures; asserts nothing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startBackend } from '../electron/services/backend';
import { journalPath } from '../electron/services/incident/incident-document';
import { startWebHost } from '../electron/web/server';
import { writeTestIncidentFile } from '../test/e2e/helpers/log-fixtures';
import { writeJournalFast } from '../test/fixtures/log-journal-builder';

const ENTRIES = 100_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function benchLogRendererMemory(): Promise<void> {
  const staticDir = resolve('out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.log('(overgeslagen: eerst `npx electron-vite build` / skipped: build the renderer first)');
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`(overgeslagen: geen Chromium op ${CHROMIUM})`);
    return;
  }
  const root = await mkdtemp(join(tmpdir(), 'ketenbord-bench-view-'));
  const ctx = await startBackend({
    host: 'web',
    appVersion: 'bench',
    configDir: join(root, 'config'),
    workspaceDir: join(root, 'workspace'),
  });
  const incident = await writeTestIncidentFile(ctx, { title: 'Bench: 100.000 regels' });
  await writeJournalFast(ctx.requireWorkspace().resolve(journalPath(incident.id)), ENTRIES, incident.id);
  const host = await startWebHost({ ctx, staticDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      return used / 1024 / 1024;
    };
    const firstRow = page.locator('.log-row[data-seq]').first();

    let start = performance.now();
    await page.goto(`${host.url}#/log`);
    await firstRow.waitFor();
    const cold = performance.now() - start;
    start = performance.now();
    await page.reload();
    await firstRow.waitFor();
    const warm = performance.now() - start;
    console.log(
      `Logboekpagina, eerste regels zichtbaar: koud ${ms(cold)} (incl. openen + index van ${ENTRIES.toLocaleString('nl-NL')} regels), warm ${ms(warm)}`,
    );
    console.log(`  JS-heap na openen: ${mb(await heapMb())}`);

    // Jump through the whole list (each jump fetches new pages), then scroll by wheel for a while.
    const list = page.getByTestId('log-list');
    const jumps = 40;
    start = performance.now();
    for (let i = 0; i <= jumps; i++) {
      await list.evaluate((el, f) => {
        el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
      }, i / jumps);
      await page.waitForFunction(() => document.querySelector('.log-row--loading') === null);
    }
    const jumpTime = (performance.now() - start) / (jumps + 1);
    await list.hover();
    for (let i = 0; i < 60; i++) await page.mouse.wheel(0, -1200);
    await page.waitForFunction(() => document.querySelector('.log-row--loading') === null);
    console.log(`  sprong naar een willekeurige plek tot regels zichtbaar: gemiddeld ${ms(jumpTime)}`);
    console.log(
      `  JS-heap na scrollen door alle ${ENTRIES.toLocaleString('nl-NL')} regels: ${mb(await heapMb())}   (doel ≤ 300 MB)`,
    );

    start = performance.now();
    await page.getByLabel('Zoeken in tekst').fill('klantportaal leverancier');
    await page.getByTestId('log-count').filter({ hasText: ' van ' }).waitFor();
    console.log(
      `  vrije tekst filteren in de pagina (incl. 200 ms typpauze): ${ms(performance.now() - start)}`,
    );
  } finally {
    await browser.close();
    await host.close();
    await ctx.close();
    await rm(root, { recursive: true, force: true });
  }
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const mb = (v: number) => `${v.toFixed(1)} MB`;
