import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isEventName } from '../../shared/api/events';
import { dispatch } from '../services/api/dispatch';
import type { AppContext } from '../services/app-context';
import { SECURITY_HEADERS } from './security-headers';
import { readStaticFile } from './static-files';

/** Protocol imports and CSV files fit easily; anything bigger is not something the UI sends. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const TOKEN_COOKIE = 'ketenbord_token';
export const TOKEN_HEADER = 'x-ketenbord-token';
/** Routes of the single-page app that the server answers with index.html. */
const APP_ROUTES = new Set(['/', '/index.html', '/board']);

export interface WebHostOptions {
  ctx: AppContext;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The browser host (DESIGN.md §4): the built renderer plus the API as POST /api/<method> and an
 * event stream, on 127.0.0.1 only. Every request carries the per-run token, as a header or as the
 * cookie set when the user opens the printed link.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[web] request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Interne fout / internal error');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    if (!isAllowedHost(req.headers.host, port)) {
      send(res, 421, 'text/plain; charset=utf-8', 'Onbekende host / misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    // Opening the printed link: trade the token in the URL for a cookie, then drop it from the URL.
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null && tokensMatch(queryToken, token)) {
      url.searchParams.delete('token');
      res.writeHead(302, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: `${url.pathname}${url.search}`,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }

    if (!hasValidToken(req, token)) {
      send(
        res,
        401,
        'text/plain; charset=utf-8',
        'Geen toegang: open Ketenbord via de link met token die in het terminalvenster staat.\n' +
          'No access: open Ketenbord through the link with the token printed in the terminal.\n',
      );
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    const file = await readStaticFile(
      options.staticDir,
      APP_ROUTES.has(url.pathname) ? '/index.html' : url.pathname,
    );
    if (!file) {
      send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden / not found');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Cache-Control': file.type.startsWith('text/html') ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
  ): Promise<void> {
    if (method === 'events' && req.method === 'GET') {
      openEventStream(req, res, options.ctx);
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !isAllowedOrigin(origin, (server.address() as AddressInfo).port)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Cross-origin request refused');
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large') {
      sendJson(res, 413, {
        ok: false,
        error: {
          code: 'api.tooLarge',
          nl: `Het verzoek is te groot (meer dan ${MAX_BODY_BYTES / 1024 / 1024} MB).`,
          en: `The request is too large (over ${MAX_BODY_BYTES / 1024 / 1024} MB).`,
        },
      });
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
    } catch {
      sendJson(res, 400, {
        ok: false,
        error: {
          code: 'api.badJson',
          nl: 'Het verzoek is geen geldige JSON.',
          en: 'The request is not valid JSON.',
        },
      });
      return;
    }
    const result = await dispatch(options.ctx, method, input);
    sendJson(res, result.ok ? 200 : result.error.code === 'api.unknownMethod' ? 404 : 400, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, ctx: AppContext): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': verbonden\n\n');
  const unsubscribe = ctx.events.subscribe((name, payload) => {
    if (isEventName(name)) res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // proxies and sleeping laptops drop quiet connections; a comment line keeps it open
  const heartbeat = setInterval(() => res.write(': hartslag\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

function isAllowedHost(host: string | undefined, port: number): boolean {
  // refuses DNS-rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function isAllowedOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function hasValidToken(req: http.IncomingMessage, token: string): boolean {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string' && tokensMatch(header, token)) return true;
  const cookie = parseCookies(req.headers.cookie)[TOKEN_COOKIE];
  return cookie !== undefined && tokensMatch(cookie, token);
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return cookies;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      resolve('too-large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
