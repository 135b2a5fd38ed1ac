import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { AppContext } from '../../electron/services/app-context';
import { startBackend } from '../../electron/services/backend';
import { startWebHost, type WebHost } from '../../electron/web/server';

export interface TestApp {
  /** the link the CLI would print, with the token */
  url: string;
  /** the board with the projector's own token, as the operator's projector button opens it */
  projectorUrl: string;
  origin: string;
  token: string;
  root: string;
  workspaceDir: string;
  configDir: string;
  ctx: AppContext;
  /**
   * stops the back end and starts a new one on the same folders and the same port, as a restart
   * of `ketenbord serve --port N` would (open tabs keep their address and, per workspace, token)
   */
  restart(): Promise<void>;
  /** stops host and back end, as Ctrl+C in the terminal would; start() brings them back */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** calls an API method directly (with the token), for setting up data the test is not about */
  api<T = unknown>(method: string, input: unknown): Promise<T>;
}

const staticDir = path.resolve('out/renderer');

async function boot(
  configDir: string,
  workspaceDir: string,
  port?: number,
): Promise<{ ctx: AppContext; host: WebHost }> {
  const ctx = await startBackend({ host: 'web', appVersion: 'e2e', configDir, workspaceDir });
  const host = await startWebHost({ ctx, staticDir, ...(port ? { port } : {}) });
  return { ctx, host };
}

export const test = base.extend<{ app: TestApp }>({
  app: async ({ request }, use) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ketenbord-e2e-'));
    const configDir = path.join(root, 'config');
    const workspaceDir = path.join(root, 'workspace');
    let running = await boot(configDir, workspaceDir);
    const port = running.host.port;
    let stopped = false;
    const app: TestApp = {
      get url() {
        return running.host.url;
      },
      get projectorUrl() {
        return running.host.projectorUrl;
      },
      get origin() {
        return `http://127.0.0.1:${running.host.port}`;
      },
      get token() {
        return running.host.token;
      },
      get ctx() {
        return running.ctx;
      },
      root,
      workspaceDir,
      configDir,
      async restart() {
        await app.stop();
        await app.start();
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await running.host.close();
        await running.ctx.close();
      },
      async start() {
        if (!stopped) return;
        running = await boot(configDir, workspaceDir, port);
        stopped = false;
      },
      async api<T>(method: string, input: unknown): Promise<T> {
        const response = await request.post(`${app.origin}/api/${method}`, {
          headers: { 'x-ketenbord-token': app.token },
          data: input as object,
        });
        const body = (await response.json()) as { ok: boolean; result?: T; error?: { nl: string } };
        if (!body.ok) throw new Error(`${method}: ${body.error?.nl}`);
        return body.result as T;
      },
    };
    await use(app);
    await app.stop();
    await rm(root, { recursive: true, force: true });
  },
});

/** Opens the app the way a user does: through the printed link with the token. */
export async function openApp(page: Page, app: TestApp, hash = ''): Promise<void> {
  await page.goto(app.url + hash);
  await expect(page.getByRole('navigation', { name: /^(Onderdelen|Sections)$/ })).toBeVisible();
}

export { expect };
