import os from 'node:os';
import path from 'node:path';

/** Where the CLI and the browser host keep per-user settings unless --config says otherwise. */
export function defaultConfigDir(): string {
  const base = process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  return path.join(base, 'ketenbord');
}

export function usageError(message: string): number {
  console.error(`ketenbord: ${message}`);
  console.error("Zie 'ketenbord help' voor de opdrachten. / See 'ketenbord help'.");
  return 2;
}
