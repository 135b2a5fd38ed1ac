import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '../../shared/api/roles';
import type { Caller } from '../services/api/caller';
import { dispatch } from '../services/api/dispatch';
import type { AppContext } from '../services/app-context';
import { MAX_BODY_BYTES, readApiInput, refuseForeignOrigin, send, sendApiResult } from './api-request';
import { serveAppFile } from './app-files';
import { openEventStream } from './event-stream';
import { sessionTokens, TOKEN_HEADER, TokenRoles } from './tokens';

export { MAX_BODY_BYTES, TOKEN_HEADER };

export interface WebHostOptions {
  ctx: AppContext;
  staticDir: string;
  port?: number;
  /** the operator's token; when not given, the one kept for the workspace (tokens.ts) */
  token?: string;
}

export interface WebHost {
  /** the link to print: the operator's page with the operator's token */
  url: string;
  /** the board for a projector, with a token that has the projector role */
  projectorUrl: string;
  port: number;
  /** the operator's token */
  token: string;
  /** the real address the server listens on, as the operating system reports it */
  address: AddressInfo;
  close(): Promise<void>;
}

const NO_ACCESS =
  'Geen toegang: open Ketenbord via de link met token die in het terminalvenster staat.\n' +
  'No access: open Ketenbord through the link with the token printed in the terminal.\n';

/**
 * The browser host (DESIGN.md §4): the built renderer plus the API as POST /api/<method> and an
 * event stream, on 127.0.0.1 only. The page itself (the app's code, the same for everyone, no
 * data) loads without a token, so a reload works without a cookie; every API call and the event
 * stream must carry a token in the x-ketenbord-token header, and the token decides the role. The
 * page takes the token from the printed link into sessionStorage, which belongs to this origin
 * (host and port) alone: no other local server sees it, and hosts side by side keep their own.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const kept = await sessionTokens(options.ctx.options.configDir, options.ctx.status().dir ?? null);
  const token = options.token ?? kept.operator;
  const projectorToken = kept.projector;
  const tokens = new TokenRoles([
    [token, 'operator'],
    [projectorToken, 'projector'],
  ]);
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[web] request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Interne fout / internal error');
      else res.end();
    });
  });
  const link = (path: string, withToken: string) =>
    `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}?token=${withToken}`;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    if (!isAllowedHost(req.headers.host, port)) {
      send(res, 421, 'text/plain; charset=utf-8', 'Onbekende host / misdirected request');
      return;
    }
    // Appended, not resolved against a base: a request for //evil.example/ must stay a path on
    // this host, not become a URL for another one.
    const url = new URL(`http://127.0.0.1:${port}${req.url ?? '/'}`);

    if (url.pathname.startsWith('/api/')) {
      const role = tokens.roleOf(req.headers[TOKEN_HEADER]);
      if (role === null) {
        send(res, 401, 'text/plain; charset=utf-8', NO_ACCESS);
        return;
      }
      await handleApi(req, res, url.pathname.slice('/api/'.length), role);
      return;
    }
    // Everything else is the app's own code: the same for everyone, no data, no token needed.
    // A ?token= in the URL is for the page's script; the server neither trades nor redirects it.
    await serveAppFile(req, res, options.staticDir, url.pathname);
  }

  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
    role: Role,
  ): Promise<void> {
    if (method === 'events' && req.method === 'GET') {
      openEventStream(res, options.ctx);
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
      return;
    }
    const port = (server.address() as AddressInfo).port;
    if (refuseForeignOrigin(req, res, (origin) => isAllowedOrigin(origin, port))) return;
    const body = await readApiInput(req, res);
    if (!body) return;
    const caller: Caller =
      role === 'operator' ? { role, projectorUrl: () => link('/board', projectorToken) } : { role };
    sendApiResult(res, await dispatch(options.ctx, method, body.input, caller));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: link('/', token),
    projectorUrl: link('/board', projectorToken),
    port: address.port,
    token,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function isAllowedHost(host: string | undefined, port: number): boolean {
  // refuses DNS-rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function isAllowedOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
