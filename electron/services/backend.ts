import type { Host } from '../../shared/api/app-api';
import { AppContext } from './app-context';
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
  return AppContext.start(options);
}
