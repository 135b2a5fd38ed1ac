import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../../electron/web/server';
import { makeTempDir } from '../../fixtures/temp-dir';

let ctx: AppContext;
let host: WebHost;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('ketenbord-web-');
  cleanup = temp.cleanup;
  ctx = await startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: path.join(temp.dir, 'config'),
    workspaceDir: path.join(temp.dir, 'ws'),
  });
  const staticDir = path.join(temp.dir, 'static');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Ketenbord</title>');
  host = await startWebHost({ ctx, staticDir });
});
afterAll(async () => {
  await host.close();
  await ctx.close();
  await cleanup();
});

/** A raw request, so the test controls every header (fetch would set Host and Origin itself). */
function request(
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string | Buffer,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method, path: urlPath, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const hostHeader = () => ({ Host: `127.0.0.1:${host.port}` });
const auth = () => ({ ...hostHeader(), 'x-ketenbord-token': host.token, 'Content-Type': 'application/json' });

describe('browser host', () => {
  it('refuses API calls without or with a wrong token (401), and a cookie is no token', async () => {
    expect((await request('POST', '/api/app.info', hostHeader(), '{}')).status).toBe(401);
    expect(
      (await request('POST', '/api/app.info', { ...hostHeader(), 'x-ketenbord-token': 'x' }, '{}')).status,
    ).toBe(401);
    // the token in a cookie would reach every server on 127.0.0.1; the host no longer reads one
    expect(
      (
        await request(
          'POST',
          '/api/app.info',
          { ...hostHeader(), Cookie: `ketenbord_token=${host.token}` },
          '{}',
        )
      ).status,
    ).toBe(401);
  });

  it('answers contract methods with the token in the header', async () => {
    const viaHeader = await request('POST', '/api/app.info', auth(), '{}');
    expect(viaHeader.status).toBe(200);
    expect(JSON.parse(viaHeader.text)).toMatchObject({
      ok: true,
      result: { name: 'Ketenbord', host: 'web' },
    });
  });

  it('serves the page without a token, sets no cookie and never redirects (not even /.//evil.example)', async () => {
    const page = await request('GET', `/board?token=${host.token}`, hostHeader());
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).not.toContain(host.token);
    const trick = await request('GET', `/.//evil.example/?token=${host.token}`, hostHeader());
    expect(trick.status).toBe(404);
    // as a browser normalises it: still a path on this host, not a link to another
    const normalised = await request('GET', `//evil.example/?token=${host.token}`, hostHeader());
    expect(normalised.status).toBe(404);
    for (const res of [page, trick, normalised]) {
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers.location).toBeUndefined();
    }
  });

  it('knows no method outside the contract', async () => {
    const res = await request('POST', '/api/fs.readFile', auth(), '{}');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text).error.code).toBe('api.unknownMethod');
  });

  it('validates input with zod and answers in Dutch and English', async () => {
    const res = await request('POST', '/api/settings.update', auth(), JSON.stringify({ theme: 'neon' }));
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text);
    expect(body.error.code).toBe('api.invalidInput');
    expect(body.error.nl).toMatch(/Ongeldige invoer bij theme/);
  });

  it('refuses bodies over the size limit (413) and malformed JSON (400)', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 'a');
    expect((await request('POST', '/api/app.info', auth(), big)).status).toBe(413);
    expect((await request('POST', '/api/app.info', auth(), '{not json')).status).toBe(400);
  });

  it('refuses foreign Host headers (DNS rebinding) and cross-origin posts', async () => {
    const rebound = await request('POST', '/api/app.info', { ...auth(), Host: 'evil.example' }, '{}');
    expect(rebound.status).toBe(421);
    const cross = await request('POST', '/api/app.info', { ...auth(), Origin: 'https://evil.example' }, '{}');
    expect(cross.status).toBe(403);
  });

  it('sends a strict Content-Security-Policy', async () => {
    const res = await request('POST', '/api/app.info', auth(), '{}');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
