/**
 * The board's rendering per clock tick (issue 12): with 10,000 entries in the log, how long React
 * works each second (render + commit of what the tick changed, in the production build, in the
 * system Chromium), and how many DOM nodes the tick changes. Only the clock parts subscribe to
 * the one-second ticker, so the matrix should cost nothing here. Prints figures; asserts nothing.
 *
 * How it measures without a profiling build: an init script wraps setTimeout, notes when a timer
 * callback leads to a React commit (React's DevTools hook, which production builds call too) and
 * takes the time from the callback's start to a microtask queued after it, which runs after
 * React's own microtask has rendered and committed the update.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startBackend } from '../electron/services/backend';
import { setActiveIncidentId } from '../electron/services/incident/board-document';
import { journalPath } from '../electron/services/incident/incident-document';
import { startWebHost } from '../electron/web/server';
import { writeTestIncidentFile } from '../test/e2e/helpers/log-fixtures';
import { writeJournalFast } from '../test/fixtures/log-journal-builder';

const ENTRIES = 10_000;
const TICKS = 20;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Runs in the page before the app: the probe that times timer-driven React commits. Plain
 * JavaScript in a string, because the TypeScript runner adds helpers to functions that would not
 * exist in the page.
 */
const TICK_PROBE = `
(() => {
  const probe = { times: [], mutations: [], components: [], committed: false, rendered: 0 };
  window.__tickProbe = probe;
  let renderers = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return ++renderers; },
    // React commits in a microtask right after the timer's callback: any commit before the
    // probe's own (later) microtask belongs to this timer
    onCommitFiberRoot(_id, root) { probe.committed = true; probe.rendered += renderedComponents(root.current); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  // Which components rendered in a commit: a component fiber that React rendered again gets new
  // props or new hook state objects; one it skipped keeps the very same ones. The last seen pair is
  // kept per fiber and its alternate (React swaps the two between commits).
  const seen = new WeakMap();
  function renderedComponents(fiber) {
    let count = 0;
    const stack = fiber ? [fiber] : [];
    while (stack.length > 0) {
      const f = stack.pop();
      // function, class, forwardRef, memo and simple memo components
      if (f.tag === 0 || f.tag === 1 || f.tag === 11 || f.tag === 14 || f.tag === 15) {
        const last = seen.get(f) ?? (f.alternate ? seen.get(f.alternate) : undefined);
        if (last && (last.props !== f.memoizedProps || last.state !== f.memoizedState)) count++;
        const now = { props: f.memoizedProps, state: f.memoizedState };
        seen.set(f, now);
        if (f.alternate) seen.set(f.alternate, now);
      }
      if (f.sibling) stack.push(f.sibling);
      if (f.child) stack.push(f.child);
    }
    return count;
  }
  let pending = 0;
  const observer = new MutationObserver((records) => { pending += records.length; });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true }));
  const original = window.setTimeout.bind(window);
  window.setTimeout = function (handler, timeout, ...args) {
    if (typeof handler !== 'function') return original(handler, timeout, ...args);
    return original(() => {
      const t0 = performance.now();
      probe.committed = false;
      probe.rendered = 0;
      observer.takeRecords();
      pending = 0;
      handler(...args);
      // queued after React's own microtask (scheduled inside the handler): runs once it committed
      queueMicrotask(() => queueMicrotask(() => {
        if (!probe.committed) return;
        probe.times.push(performance.now() - t0);
        probe.mutations.push(pending + observer.takeRecords().length);
        probe.components.push(probe.rendered);
      }));
    }, timeout);
  };
})();
`;

async function measure(page: Page, label: string): Promise<void> {
  await page.waitForTimeout(2_500); // settle: first loads, fonts
  await page.evaluate(() => {
    const p = (window as unknown as { __tickProbe: { times: number[]; mutations: number[] } }).__tickProbe;
    p.times.length = 0;
    p.mutations.length = 0;
    (p as unknown as { components: number[] }).components.length = 0;
  });
  await page.waitForFunction(
    (n) => (window as unknown as { __tickProbe: { times: number[] } }).__tickProbe.times.length >= n,
    TICKS,
    { timeout: (TICKS + 10) * 1000, polling: 500 },
  );
  const { times, mutations, components } = await page.evaluate(
    () =>
      (window as unknown as { __tickProbe: { times: number[]; mutations: number[]; components: number[] } })
        .__tickProbe,
  );
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const avgMutations = mutations.reduce((a, b) => a + b, 0) / mutations.length;
  const avgComponents = components.reduce((a, b) => a + b, 0) / components.length;
  console.log(
    `  ${label}: React-werk per kloktik mediaan ${pct(50).toFixed(2)} ms, p95 ${pct(95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms` +
      ` over ${times.length} tikken (doel ≤ 4 ms); DOM-wijzigingen per tik gemiddeld ${avgMutations.toFixed(1)}` +
      ` (de klok en de looptijden; de matrix niet); componenten opnieuw gerenderd per tik gemiddeld ${avgComponents.toFixed(1)}, hoogstens ${Math.max(...components)}; belasting van de machine ${loadavg()[0]!.toFixed(1)} op ${cpus().length} kernen`,
  );
}

export async function benchBoardRender(): Promise<void> {
  const staticDir = resolve('out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.log('(overgeslagen: eerst `npx electron-vite build` / skipped: build the renderer first)');
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`(overgeslagen: geen Chromium op ${CHROMIUM})`);
    return;
  }
  const root = await mkdtemp(join(tmpdir(), 'ketenbord-bench-board-'));
  const ctx = await startBackend({
    host: 'web',
    appVersion: 'bench',
    configDir: join(root, 'config'),
    workspaceDir: join(root, 'workspace'),
  });
  const incident = await writeTestIncidentFile(ctx, {
    title: 'Bench: 10.000 regels',
    phase: 'solutionClear',
    detectedAt: new Date(Date.now() - 6 * 3_600_000).toISOString(),
  });
  await writeJournalFast(ctx.requireWorkspace().resolve(journalPath(incident.id)), ENTRIES, incident.id);
  // the incident on the board, as choosing it on the incidents page does
  await setActiveIncidentId(ctx.requireWorkspace(), incident.id);
  const host = await startWebHost({ ctx, staticDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    console.log(`bord met ${ENTRIES.toLocaleString('nl-NL')} logregels, productiebouw, Chromium:`);
    const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await projector.addInitScript({ content: TICK_PROBE });
    await projector.goto(host.projectorUrl);
    await projector.locator('.board-matrix').waitFor();
    await measure(projector, 'projector 1920×1080');
    await projector.close();
    const operator = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await operator.addInitScript({ content: TICK_PROBE });
    await operator.goto(`${host.url}#/board`);
    await operator.locator('.board-matrix').waitFor();
    await measure(operator, 'bediening 1366×768 ');
  } finally {
    await browser.close();
    await host.close();
    await ctx.close();
    await rm(root, { recursive: true, force: true });
  }
}

export default benchBoardRender;
