import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findProjectRoot, readAppVersion } from '../../services/app-version';
import { startBackend } from '../../services/backend';
import { startWebHost } from '../../web/server';
import { defaultConfigDir, usageError } from '../args';

/** `ketenbord serve [--workspace DIR] [--port N] [--config DIR]`: the browser host. */
export async function run(argv: string[]): Promise<number> {
  let values: { workspace?: string; port?: string; config?: string; static?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        workspace: { type: 'string' },
        port: { type: 'string' },
        config: { type: 'string' },
        static: { type: 'string' },
      },
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usageError(`ongeldige poort: ${values.port}`);

  const staticDir = path.resolve(values.static ?? path.join(findProjectRoot(), 'out', 'renderer'));
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.error(`De gebouwde app ontbreekt in ${staticDir}. Bouw hem eerst met: npm run build`);
    console.error(`The built app is missing in ${staticDir}. Build it first with: npm run build`);
    return 1;
  }
  const ctx = await startBackend({
    host: 'web',
    appVersion: readAppVersion(),
    configDir: path.resolve(values.config ?? defaultConfigDir()),
    ...(values.workspace ? { workspaceDir: path.resolve(values.workspace) } : {}),
  });
  const host = await startWebHost({ ctx, staticDir, port });
  const status = ctx.status();
  console.log('Ketenbord draait in de browser / is running in the browser:');
  console.log(`  ${host.url}`);
  console.log(
    `Werkmap / workspace: ${status.dir ?? '(geen / none)'}${status.readOnly ? ' — alleen-lezen / read-only' : ''}`,
  );
  if (status.error) console.log(`Let op: ${status.error.nl}`);
  console.log('Stoppen met Ctrl+C. / Stop with Ctrl+C.');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await ctx.close();
  return 0;
}
