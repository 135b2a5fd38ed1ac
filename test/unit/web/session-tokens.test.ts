import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../electron/services/backend';
import { startWebHost } from '../../../electron/web/server';
import { secretFileFor } from '../../../electron/web/session-secret';
import { makeTempDir } from '../../fixtures/temp-dir';
import { post, tokenOf } from './web-host';

/**
 * The browser host keeps one secret per workspace in the config folder, so a restart on the same
 * workspace accepts the tabs (operator and projector) that were open before it.
 */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempRoot() {
  const temp = await makeTempDir('ketenbord-tokens-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

async function host(root: string, workspace: string, port = 0) {
  const ctx = await startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: path.join(root, 'config'),
    workspaceDir: path.join(root, workspace),
  });
  const web = await startWebHost({ ctx, staticDir: root, port });
  return {
    web,
    async stop() {
      await web.close();
      await ctx.close();
    },
  };
}

describe('tokens kept per workspace', () => {
  it('a restart on the same workspace hands out the same tokens, and they work', async () => {
    const root = await tempRoot();
    const first = await host(root, 'ws');
    const { token, port } = first.web;
    const projector = tokenOf(first.web.projectorUrl);
    await first.stop();

    const second = await host(root, 'ws', port);
    cleanups.push(second.stop);
    expect(second.web.token).toBe(token);
    expect(tokenOf(second.web.projectorUrl)).toBe(projector);
    expect((await post(port, 'settings.get', token)).status).toBe(200);
    // the projector's token still has the projector role: the board, nothing else
    expect((await post(port, 'protocol.get', projector)).status).toBe(403);
  });

  it('keeps the secret owner-only in the config folder, never in the workspace', async () => {
    const root = await tempRoot();
    const running = await host(root, 'ws');
    cleanups.push(running.stop);
    const file = secretFileFor(path.join(root, 'config'), path.join(root, 'ws'));
    expect(file.startsWith(path.join(root, 'config'))).toBe(true);
    if (process.platform !== 'win32') {
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    }
    // the file holds the secret, not the tokens themselves
    expect(await readFile(file, 'utf8')).not.toContain(running.web.token);
  });

  it('another workspace gets other tokens', async () => {
    const root = await tempRoot();
    const a = await host(root, 'ws-a');
    cleanups.push(a.stop);
    const b = await host(root, 'ws-b');
    cleanups.push(b.stop);
    expect(a.web.token).not.toBe(b.web.token);
    expect(tokenOf(a.web.projectorUrl)).not.toBe(tokenOf(b.web.projectorUrl));
    expect(a.web.token).not.toBe(tokenOf(a.web.projectorUrl));
  });

  it('a damaged secret file is replaced by a new secret (old links stop working, nothing crashes)', async () => {
    const root = await tempRoot();
    const first = await host(root, 'ws');
    const old = first.web.token;
    await first.stop();
    const file = secretFileFor(path.join(root, 'config'), path.join(root, 'ws'));
    await writeFile(file, 'not a secret');
    const second = await host(root, 'ws');
    cleanups.push(second.stop);
    expect(second.web.token).not.toBe(old);
    expect(second.web.token).toMatch(/^[0-9a-f]{48}$/);
    expect((await readFile(file, 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
  });
});
