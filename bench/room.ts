import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../electron/services/backend';
import { attachRoom } from '../electron/services/room/room-control';
import { RoomController } from '../electron/web/room/room-controller';
import { createTestIncident } from '../test/e2e/helpers/log-fixtures';
import { roomRequest } from '../test/fixtures/room-https';

/**
 * Issue 15: an entry logged by one participant reaches the other participants' event streams
 * (target: p95 ≤ 300 ms with five connected). Five colleagues join over HTTPS on 127.0.0.1, all
 * follow /api/events; one logs entries one after another, and for each entry the time from
 * sending it to its log.appended event arriving at each of the other four is taken.
 */
const PARTICIPANTS = 5;
const ENTRIES = 100;
const WARMUP = 5;

export async function benchRoom(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ketenbord-bench-room-'));
  const staticDir = path.join(root, 'static');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Ketenbord</title>');
  const ctx = await startBackend({
    host: 'web',
    appVersion: 'bench',
    configDir: path.join(root, 'config'),
    workspaceDir: path.join(root, 'ws'),
  });
  const room = new RoomController({ ctx, staticDir, configDir: path.join(root, 'config') });
  attachRoom(ctx, room);
  const streams: Array<{ close: () => void }> = [];
  try {
    const incident = await createTestIncident(ctx);
    const opened = await room.open({ bind: ['127.0.0.1'] });
    const origin = new URL(opened.urls[0] ?? '');
    const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
    const call = (method: string, input: unknown, cookie = '') =>
      roomRequest({
        origin,
        agent,
        method: 'POST',
        path: `/api/${method}`,
        cookie,
        body: JSON.stringify(input),
      });

    const cookies: string[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const joined = await call('room.join', {
        code: opened.code,
        name: `Deelnemer ${i + 1}`,
        role: 'logger',
      });
      cookies.push((joined.cookie ?? '').split(';')[0] ?? '');
    }
    // every participant but the writer listens; each waits for the next log.appended it sees
    const waiting: Array<Array<(at: number) => void>> = cookies.map(() => []);
    for (const [i, cookie] of cookies.entries()) {
      if (i === 0) continue;
      streams.push(await follow(origin, agent, cookie, () => waiting[i]?.shift()?.(performance.now())));
    }

    const latencies: number[] = [];
    for (let n = 0; n < WARMUP + ENTRIES; n++) {
      const arrivals = cookies.slice(1).map(
        (_c, r) =>
          new Promise<number>((resolve) => {
            waiting[r + 1]?.push(resolve);
          }),
      );
      const sent = performance.now();
      const answer = await call(
        'log.append',
        { incidentId: incident.id, body: { kind: 'note', summary: `bench ${n}` } },
        cookies[0],
      );
      if (answer.status !== 200) throw new Error(`log.append: ${answer.status} ${answer.body}`);
      const times = await Promise.all(arrivals);
      if (n >= WARMUP) latencies.push(...times.map((t) => t - sent));
    }
    latencies.sort((a, b) => a - b);
    const pick = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    console.log(
      `${PARTICIPANTS} deelnemers via HTTPS, ${ENTRIES} regels door één, ontvangen door ${PARTICIPANTS - 1} (${latencies.length} metingen)`,
    );
    console.log(
      `Van versturen tot log.appended bij een ander / send to another's event: p50 ${ms(pick(0.5))}, p95 ${ms(pick(0.95))}, max ${ms(latencies.at(-1) ?? 0)}  (doel p95 ≤ 300 ms)`,
    );
  } finally {
    for (const s of streams) s.close();
    await room.close();
    await ctx.close();
    await rm(root, { recursive: true, force: true });
  }
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** Follows /api/events with a session cookie; calls onAppended for every log.appended block. */
function follow(
  origin: URL,
  agent: https.Agent,
  cookie: string,
  onAppended: () => void,
): Promise<{ close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: origin.hostname,
        port: Number(origin.port),
        method: 'GET',
        path: '/api/events',
        agent,
        headers: { Cookie: cookie },
      },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`events: ${res.statusCode}`));
          return;
        }
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            if (buffer.slice(0, end).includes('event: log.appended')) onAppended();
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
          }
        });
        resolve({ close: () => req.destroy() });
      },
    );
    // before the answer: the stream could not start; after it, close() destroying it is expected
    req.on('error', reject);
    req.end();
  });
}
