import type http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../../shared/errors/app-error';
import type { Caller } from '../../services/api/caller';
import { dispatch } from '../../services/api/dispatch';
import type { AppContext } from '../../services/app-context';
import { readApiInput, refuseForeignOrigin, send, sendApiResult, sendJson } from '../api-request';
import { serveAppFile } from '../app-files';
import { openEventStream } from '../event-stream';
import { hostPart } from './lan-addresses';
import type { RoomCertificate } from './room-certificate';
import type { RoomSessions } from './room-sessions';

/**
 * `__Host-` makes the browser insist on Secure, Path=/ and no Domain: the cookie can only ever
 * have been set by this very host over HTTPS. HttpOnly keeps it from the page's script,
 * SameSite=Strict from requests another site starts.
 */
export const SESSION_COOKIE = '__Host-ketenbord-room';

export interface RoomHostOptions {
  ctx: AppContext;
  staticDir: string;
  addresses: readonly string[];
  port: number;
  certificate: RoomCertificate;
  sessions: RoomSessions;
  /** every request of a session: the room stays open while people work */
  onActivity: () => void;
}

export interface RoomHost {
  port: number;
  urls: string[];
  /** closes the event streams of a session that was ended, at once */
  dropSession(id: string): void;
  close(): Promise<void>;
}

const NO_SESSION = {
  code: 'room.noSession',
  nl: 'U bent nog niet in de crisiskamer: vul de deelnamecode in.',
  en: 'You have not joined the crisis room yet: enter the join code.',
};
const SESSION_ENDED = {
  code: 'room.sessionEnded',
  nl: 'Uw deelname is beëindigd. Vraag de bediening om een nieuwe code als u weer mee wilt doen.',
  en: 'Your session was ended. Ask the operator for a new code if you want to join again.',
};

/**
 * The third host (issue 15): the same app and the same API over HTTPS on the chosen local
 * addresses, for colleagues' browsers. No token and no plain HTTP here: a request is a session
 * (a cookie from room.join) or a guest who may only join. The Host and Origin checks and the body
 * limit are those of the loopback host (api-request.ts); dispatch checks the role in the one table.
 */
export async function startRoomHost(options: RoomHostOptions): Promise<RoomHost> {
  const streams = new Map<string, Set<http.ServerResponse>>();
  let port = options.port;
  const servers: https.Server[] = [];

  const allowedHosts = () => {
    const hosts = new Set(options.addresses.map((a) => `${hostPart(a)}:${port}`));
    if (options.addresses.includes('127.0.0.1')) hosts.add(`localhost:${port}`);
    return hosts;
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const hosts = allowedHosts();
    const host = req.headers.host ?? '';
    // refuses DNS rebinding: a page elsewhere that resolves its own name to this address sends
    // its own name as Host
    if (!hosts.has(host)) {
      send(res, 421, 'text/plain; charset=utf-8', 'Onbekende host / misdirected request');
      return;
    }
    const url = new URL(`https://${host}${req.url ?? '/'}`);
    if (!url.pathname.startsWith('/api/')) {
      await serveAppFile(req, res, options.staticDir, url.pathname);
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const found = options.sessions.find(cookieOf(req.headers.cookie));
    const session = found === 'ended' ? null : found;
    if (!session && !(method === 'room.join' && req.method === 'POST')) {
      sendJson(res, 401, { ok: false, error: found === 'ended' ? SESSION_ENDED : NO_SESSION });
      return;
    }
    if (session) options.onActivity();

    if (session && method === 'events' && req.method === 'GET') {
      openEventStream(res, options.ctx);
      const own = streams.get(session.id) ?? new Set();
      own.add(res);
      streams.set(session.id, own);
      res.on('close', () => own.delete(res));
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
      return;
    }
    if (
      refuseForeignOrigin(
        req,
        res,
        (origin) => hosts.has(origin.replace(/^https:\/\//, '')) && origin.startsWith('https://'),
      )
    )
      return;
    const body = await readApiInput(req, res);
    if (!body) return;

    let granted: string | null = null;
    const caller: Caller = session
      ? { role: session.role, session: { id: session.id, name: session.name } }
      : {
          role: 'guest',
          remoteAddress: plainAddress(req.socket.remoteAddress),
          grantSession: (token) => {
            granted = token;
          },
        };
    const result = await dispatch(options.ctx, method, body.input, caller);
    const headers: Record<string, string> = {};
    if (granted !== null) {
      headers['Set-Cookie'] = `${SESSION_COOKIE}=${granted}; Path=/; Secure; HttpOnly; SameSite=Strict`;
    } else if (method === 'room.leave' && result.ok) {
      headers['Set-Cookie'] = `${SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`;
    }
    sendApiResult(res, result, headers);
  }

  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[room] request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Interne fout / internal error');
      else res.end();
    });
  };

  try {
    for (const address of options.addresses) {
      const server = https.createServer(
        { key: options.certificate.key, cert: options.certificate.cert, minVersion: 'TLSv1.2' },
        listener,
      );
      // a colleague's browser that never finishes its request must not hold a socket forever
      server.headersTimeout = 20_000;
      server.requestTimeout = 60_000;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, address, () => resolve());
      });
      servers.push(server);
      port = (server.address() as AddressInfo).port;
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw listenError(error, port);
  }

  return {
    port,
    urls: options.addresses.map((a) => `https://${hostPart(a)}:${port}/`),
    dropSession(id) {
      for (const res of streams.get(id) ?? []) res.destroy();
      streams.delete(id);
    },
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}

function closeServer(server: https.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function cookieOf(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/** 127.0.0.2 rather than ::ffff:127.0.0.2, as people read addresses. */
function plainAddress(address: string | undefined): string {
  return (address ?? 'onbekend').replace(/^::ffff:/, '');
}

function listenError(error: unknown, port: number): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new AppError('room.portInUse', {
      nl: `Poort ${port} is al in gebruik. Kies een andere poort.`,
      en: `Port ${port} is already in use. Choose another port.`,
    });
  }
  if (code === 'EADDRNOTAVAIL') {
    return new AppError('room.addressUnavailable', {
      nl: 'Dit adres hoort niet bij deze computer. Kies een van de eigen netwerkadressen.',
      en: 'This address does not belong to this computer. Choose one of its own network addresses.',
    });
  }
  return new AppError('room.listenFailed', {
    nl: `De crisiskamer kon niet openen: ${(error as Error).message}`,
    en: `The crisis room could not open: ${(error as Error).message}`,
  });
}
