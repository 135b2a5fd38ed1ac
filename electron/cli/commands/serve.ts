import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RoomStatus } from '../../../shared/api/room-api';
import { dispatch } from '../../services/api/dispatch';
import { findProjectRoot, readAppVersion } from '../../services/app-version';
import { startBackend } from '../../services/backend';
import { attachRoom } from '../../services/room/room-control';
import { RoomController } from '../../web/room/room-controller';
import { startWebHost } from '../../web/server';
import { defaultConfigDir, usageError } from '../args';

/**
 * `ketenbord serve [--workspace DIR] [--port N] [--config DIR] [--room [--bind ADDR]…]`: the browser
 * host on 127.0.0.1, and with --room the crisis room over HTTPS on the local network. With --room,
 * --port is the room's port (the one colleagues type) and the loopback host takes a free one.
 */
export async function run(argv: string[]): Promise<number> {
  let values: {
    workspace?: string;
    port?: string;
    config?: string;
    static?: string;
    room?: boolean;
    bind?: string[];
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        workspace: { type: 'string' },
        port: { type: 'string' },
        config: { type: 'string' },
        static: { type: 'string' },
        room: { type: 'boolean' },
        bind: { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usageError(`ongeldige poort: ${values.port}`);

  if (!values.room && values.bind) return usageError('--bind hoort bij --room / --bind needs --room');

  const staticDir = path.resolve(values.static ?? path.join(findProjectRoot(), 'out', 'renderer'));
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.error(`De gebouwde app ontbreekt in ${staticDir}. Bouw hem eerst met: npm run build`);
    console.error(`The built app is missing in ${staticDir}. Build it first with: npm run build`);
    return 1;
  }
  const configDir = path.resolve(values.config ?? defaultConfigDir());
  const ctx = await startBackend({
    host: 'web',
    appVersion: readAppVersion(),
    configDir,
    ...(values.workspace ? { workspaceDir: path.resolve(values.workspace) } : {}),
  });
  // the operator can open the room from the app as well; it listens only once someone opens it
  const room = new RoomController({ ctx, staticDir, configDir });
  attachRoom(ctx, room);
  const host = await startWebHost({ ctx, staticDir, port: values.room ? 0 : port });
  const status = ctx.status();
  console.log('Ketenbord draait in de browser / is running in the browser:');
  console.log(`  ${host.url}`);
  console.log(
    `Werkmap / workspace: ${status.dir ?? '(geen / none)'}${status.readOnly ? ' — alleen-lezen / read-only' : ''}`,
  );
  if (status.error) console.log(`Let op: ${status.error.nl}`);
  if (values.room) {
    const answer = await dispatch(ctx, 'room.open', {
      ...(values.bind ? { bind: values.bind } : {}),
      port,
    });
    if (!answer.ok) {
      console.error(`De crisiskamer ging niet open: ${answer.error.nl}`);
      console.error(`The crisis room did not open: ${answer.error.en}`);
      await host.close();
      await ctx.close();
      return 1;
    }
    const opened = answer.result as RoomStatus;
    for (const url of opened.urls) console.log(url);
    console.log(`Deelnamecode / join code: ${opened.code}`);
    console.log(`Vingerafdruk / fingerprint: ${opened.fingerprint}`);
  }
  console.log('Stoppen met Ctrl+C. / Stop with Ctrl+C.');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await room.close('quit');
  await host.close();
  await ctx.close();
  return 0;
}
