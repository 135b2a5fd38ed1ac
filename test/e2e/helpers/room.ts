import https from 'node:https';
import path from 'node:path';
import { type APIRequestContext, request } from '@playwright/test';
import { attachRoom } from '../../../electron/services/room/room-control';
import { RoomController } from '../../../electron/web/room/room-controller';
import type { RoomStatus } from '../../../shared/api/room-api';
import { type RoomAnswer, roomRequest } from '../../fixtures/room-https';
import type { TestApp } from '../fixtures';

export interface OpenedRoom {
  controller: RoomController;
  status: RoomStatus;
  origin: string;
  /** moves the room's clock forward (a code expires without waiting 15 minutes) */
  advance(ms: number): void;
  close(): Promise<void>;
}

/**
 * Opens the room on 127.0.0.1 the way the operator does (room.open through the API with the
 * operator's token), with a clock the test can move.
 */
export async function openRoom(app: TestApp): Promise<OpenedRoom> {
  let skew = 0;
  const controller = new RoomController({
    ctx: app.ctx,
    staticDir: path.resolve('out/renderer'),
    configDir: app.configDir,
    now: () => Date.now() + skew,
  });
  attachRoom(app.ctx, controller);
  const status = await app.api<RoomStatus>('room.open', { bind: ['127.0.0.1'] });
  return {
    controller,
    status,
    origin: (status.urls[0] ?? '').replace(/\/$/, ''),
    advance(ms) {
      skew += ms;
    },
    close: async () => {
      await controller.close();
    },
  };
}

/** A colleague's browser for API calls: its own cookie jar, the room's self-signed certificate accepted. */
export async function participant(origin: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL: origin, ignoreHTTPSErrors: true });
}

export async function joinAs(
  origin: string,
  code: string,
  name: string,
  role: 'logger' | 'viewer' | 'projector',
): Promise<APIRequestContext> {
  const context = await participant(origin);
  const answer = await context.post('/api/room.join', { data: { code, name, role } });
  if (answer.status() !== 200) throw new Error(`join ${name}: ${answer.status()} ${await answer.text()}`);
  return context;
}

/**
 * room.join from another local address (127.0.0.2 as the client's own address): a colleague on
 * another laptop, for the per-address limit. Node's https, because a browser cannot pick its
 * source address.
 */
export function joinFrom(
  localAddress: string,
  origin: string,
  input: { code: string; name: string; role: string },
): Promise<RoomAnswer> {
  return roomRequest({
    origin,
    localAddress,
    method: 'POST',
    path: '/api/room.join',
    body: JSON.stringify(input),
    headers: { Origin: new URL(origin).origin },
  });
}

/** One API call from another local address with a session cookie (the colleague of joinFrom). */
export function postFrom(
  localAddress: string,
  origin: string,
  cookie: string,
  method: string,
  input: unknown,
): Promise<RoomAnswer> {
  return roomRequest({
    origin,
    localAddress,
    method: 'POST',
    path: `/api/${method}`,
    body: JSON.stringify(input),
    cookie,
  });
}

/**
 * Follows the room's event stream with a session cookie; `closed` resolves true when the room
 * cuts it (false if it is still open after five seconds).
 */
export function followEvents(origin: string, cookie: string): Promise<{ closed: Promise<boolean> }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: url.hostname,
        port: Number(url.port),
        method: 'GET',
        path: '/api/events',
        rejectUnauthorized: false,
        headers: { Cookie: cookie },
      },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`events: ${res.statusCode}`));
          return;
        }
        res.resume();
        const closed = new Promise<boolean>((done) => {
          const timer = setTimeout(() => {
            req.destroy();
            done(false);
          }, 5_000);
          res.once('close', () => {
            clearTimeout(timer);
            done(true);
          });
        });
        resolve({ closed });
      },
    );
    req.on('error', () => undefined);
    req.end();
  });
}
