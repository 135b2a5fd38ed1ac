import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { makeTempDir } from '../../fixtures/temp-dir';

export interface HostUnderTest {
  ctx: AppContext;
  host: WebHost;
  staticDir: string;
  close(): Promise<void>;
}

/** A real back end and a real browser host on 127.0.0.1, optionally with the sample protocol. */
export async function startHostUnderTest(options: { sample?: boolean } = {}): Promise<HostUnderTest> {
  const temp = await makeTempDir('ketenbord-web-');
  const workspaceDir = path.join(temp.dir, 'ws');
  if (options.sample) {
    await mkdir(workspaceDir, { recursive: true });
    await copyFile(
      path.resolve('resources/sample/sample-protocol.json'),
      path.join(workspaceDir, 'protocol.json'),
    );
  }
  const ctx = await startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: path.join(temp.dir, 'config'),
    workspaceDir,
  });
  const staticDir = path.join(temp.dir, 'static');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Ketenbord</title>');
  const host = await startWebHost({ ctx, staticDir });
  return {
    ctx,
    host,
    staticDir,
    async close() {
      await host.close();
      await ctx.close();
      await temp.cleanup();
    },
  };
}

/**
 * POSTs one API call with the given token, as the page does; the raw status and parsed body.
 * A string input is sent as it is (for JSON too deep for JSON.stringify to write).
 */
export function post(
  port: number,
  method: string,
  token: string | null,
  input: unknown = {},
): Promise<{
  status: number;
  body: { ok: boolean; result?: unknown; error?: { code: string; nl: string } };
}> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          Host: `127.0.0.1:${port}`,
          'Content-Type': 'application/json',
          ...(token ? { 'x-ketenbord-token': token } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let body: { ok: boolean } = { ok: false };
          try {
            body = JSON.parse(text) as { ok: boolean };
          } catch {
            // 401 answers in plain text
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end(typeof input === 'string' ? input : JSON.stringify(input));
  });
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}
