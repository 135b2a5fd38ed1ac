import type { Host } from '../../shared/api/app-api';
import { AppContext } from './app-context';
import { InjectRunner } from './exercise/inject-runner';
import { registerFeatures } from './features';

export interface BackendOptions {
  host: Host;
  appVersion: string;
  configDir: string;
  workspaceDir?: string;
}

/** Starts the back end that both hosts share: features registered, settings read, workspace opened. */
export async function startBackend(options: BackendOptions): Promise<AppContext> {
  registerFeatures();
  const ctx = await AppContext.start(options);
  // exercises run in the back end, so they go on whichever window is open (or none)
  // (a closed context has no workspace: its timers find nothing to do and end)
  new InjectRunner(ctx).start();
  return ctx;
}
