import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEARTBEAT_MS } from '../../../electron/web/event-stream';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { type EventStream, openEventStream } from '../../../renderer/src/api/event-stream';
import { STALE_AFTER_MS } from '../../../shared/api/events';
import { type HostUnderTest, startHostUnderTest, tokenOf } from './web-host';

/**
 * The event stream of the browser host, read by the renderer's own reader (fetch-based, since
 * EventSource cannot send the token header) against a real server on 127.0.0.1.
 */
let running: HostUnderTest;
const streams: EventStream[] = [];
beforeEach(async () => {
  running = await startHostUnderTest();
});
afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  await running.close();
});

function status(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        resolve(res.statusCode ?? 0);
        res.destroy();
      },
    );
    req.on('error', reject);
  });
}

/** A stream plus a queue of what arrived, so a test can await the next event or (re)connect. */
function follow(host: WebHost, token: string, wait?: (attempt: number) => Promise<void>) {
  const received: Array<{ name: string; data: unknown }> = [];
  const beats: number[] = [];
  const opens: boolean[] = [];
  let wake: (() => void) | null = null;
  const changed = () => {
    wake?.();
    wake = null;
  };
  const stream = openEventStream({
    url: `http://127.0.0.1:${host.port}/api/events`,
    headers: () => ({ 'x-ketenbord-token': token }),
    onEvent: (name, data) => {
      // the heartbeat is counted apart, so the tests of real events see only those
      if (name === 'host.heartbeat') beats.push(Date.now());
      else received.push({ name, data });
      changed();
    },
    onOpen: (reconnected) => {
      opens.push(reconnected);
      changed();
    },
    ...(wait
      ? {
          wait: (attempt: number) => {
            const pause = wait(attempt);
            changed();
            return pause;
          },
        }
      : {}),
  });
  streams.push(stream);
  async function until(check: () => boolean): Promise<void> {
    while (!check()) await new Promise<void>((resolve) => (wake = resolve));
  }
  return { received, beats, opens, until };
}

describe('the event stream', () => {
  it('refuses a request without a token, with a wrong one, or with the token as a cookie (401)', async () => {
    const port = running.host.port;
    expect(await status(port, {})).toBe(401);
    expect(await status(port, { 'x-ketenbord-token': 'wrong' })).toBe(401);
    expect(await status(port, { Cookie: `ketenbord_token=${running.host.token}` })).toBe(401);
    expect(await status(port, { 'x-ketenbord-token': running.host.token })).toBe(200);
  });

  it("beats at once on connect and then every HEARTBEAT_MS, well within the page's stale limit", async () => {
    expect(HEARTBEAT_MS * 3).toBeLessThanOrEqual(STALE_AFTER_MS);
    const stream = follow(running.host, running.host.token);
    await stream.until(() => stream.beats.length === 1);
    await stream.until(() => stream.beats.length === 3);
    const [first, , third] = stream.beats as [number, number, number];
    // two intervals, with a little room for a busy machine either way
    expect(third - first).toBeGreaterThanOrEqual(2 * HEARTBEAT_MS - 100);
    expect(third - first).toBeLessThan(2 * HEARTBEAT_MS + 1000);
  });

  it('delivers a back-end event to the operator and to the projector', async () => {
    const operator = follow(running.host, running.host.token);
    const projector = follow(running.host, tokenOf(running.host.projectorUrl));
    await operator.until(() => operator.opens.length === 1);
    await projector.until(() => projector.opens.length === 1);
    running.ctx.events.emit('log.appended', { incidentId: 'inc-1', seq: 7 });
    await operator.until(() => operator.received.length === 1);
    await projector.until(() => projector.received.length === 1);
    for (const { received } of [operator, projector]) {
      expect(received).toEqual([{ name: 'log.appended', data: { incidentId: 'inc-1', seq: 7 } }]);
    }
  });

  it('reconnects after the stream drops, says it reconnected, and delivers again', async () => {
    const port = running.host.port;
    const token = running.host.token;
    // the reader waits before each retry until the host is back: no timers in the test
    let hostBack: () => void = () => undefined;
    const back = new Promise<void>((resolve) => (hostBack = resolve));
    const attempts: number[] = [];
    const stream = follow(running.host, token, async (attempt) => {
      attempts.push(attempt);
      await back;
    });
    await stream.until(() => stream.opens.length === 1);

    await running.host.close(); // drops the stream, as a restart of the host would
    await stream.until(() => attempts.length === 1);
    running.host = await startWebHost({ ctx: running.ctx, staticDir: running.staticDir, port, token });
    hostBack();

    await stream.until(() => stream.opens.length === 2);
    expect(stream.opens).toEqual([false, true]);
    running.ctx.events.emit('incidents.changed', { incidentId: 'inc-2' });
    await stream.until(() => stream.received.length === 1);
    expect(stream.received).toEqual([{ name: 'incidents.changed', data: { incidentId: 'inc-2' } }]);
  });

  it('stops when the host refuses the token, instead of retrying for ever', async () => {
    let refused = false;
    const done = new Promise<void>((resolve) => {
      streams.push(
        openEventStream({
          url: `http://127.0.0.1:${running.host.port}/api/events`,
          headers: () => ({ 'x-ketenbord-token': 'not-the-token' }),
          onEvent: () => undefined,
          onRefused: () => {
            refused = true;
            resolve();
          },
          wait: () => Promise.reject(new Error('must not retry')),
        }),
      );
    });
    await done;
    expect(refused).toBe(true);
  });
});
