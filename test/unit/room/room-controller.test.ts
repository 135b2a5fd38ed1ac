import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { startBackend } from '../../../electron/services/backend';
import { IDLE_CLOSE_MS, RoomController } from '../../../electron/web/room/room-controller';
import { makeTempDir } from '../../fixtures/temp-dir';

let ctx: AppContext;
let dir: string;
let cleanup: () => Promise<void>;
let now = Date.parse('2026-11-29T08:00:00Z');
let room: RoomController;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('ketenbord-room-'));
  ctx = await startBackend({
    host: 'web',
    appVersion: 'test',
    configDir: path.join(dir, 'config'),
    workspaceDir: path.join(dir, 'ws'),
  });
  const staticDir = path.join(dir, 'static');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Ketenbord</title>');
  room = new RoomController({ ctx, staticDir, configDir: path.join(dir, 'config'), now: () => now });
});
afterAll(async () => {
  await room.close();
  await ctx.close();
  await cleanup();
});

describe('the room controller', () => {
  it('opens on the given address, lets people join and leave, and closes itself after 12 idle hours', async () => {
    const opened = await room.open({ bind: ['127.0.0.1'] });
    expect(opened.open).toBe(true);
    const code = opened.code ?? '';
    const joined = await room.join({ code, name: 'Anouk', role: 'viewer' }, '127.0.0.1');
    expect(joined).toMatchObject({ name: 'Anouk', role: 'viewer' });
    const status = await room.status();
    expect(status.participants.map((p) => [p.name, p.role, p.address])).toEqual([
      ['Anouk', 'viewer', '127.0.0.1'],
    ]);
    await expect(room.join({ code, name: ' anouk ', role: 'logger' }, '127.0.0.1')).rejects.toMatchObject({
      code: 'room.nameTaken',
    });
    const id = status.participants[0]?.id ?? '';
    expect(await room.leave(id)).toBe(true);
    expect(room.participant(id)).toBeNull();

    now += IDLE_CLOSE_MS - 1000;
    await room.closeIfIdle();
    expect((await room.status()).open).toBe(true);
    now += 1000;
    await room.closeIfIdle();
    expect((await room.status()).open).toBe(false);

    const events = (await readFile(path.join(dir, 'ws', 'room-journal.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; reason?: string });
    expect(events.map((e) => e.event)).toEqual(['opened', 'joined', 'left', 'closed']);
    expect(events.at(-1)?.reason).toBe('idle');
  });

  it('says in plain words when the port is taken', async () => {
    const first = await room.open({ bind: ['127.0.0.1'] });
    const port = Number(new URL(first.urls[0] ?? '').port);
    const second = new RoomController({
      ctx,
      staticDir: path.join(dir, 'static'),
      configDir: path.join(dir, 'config'),
    });
    await expect(second.open({ bind: ['127.0.0.1'], port })).rejects.toMatchObject({
      code: 'room.portInUse',
      nl: expect.stringContaining(`Poort ${port} is al in gebruik`),
    });
    await room.close();
  });

  it('closes when the operator opens another workspace: the room belongs to the one it was opened on', async () => {
    await room.open({ bind: ['127.0.0.1'] });
    await ctx.openWorkspace(path.join(dir, 'ws-other'), { create: true });
    await expect.poll(async () => (await room.status()).open).toBe(false);
  });
});
