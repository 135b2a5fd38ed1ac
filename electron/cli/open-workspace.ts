import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isAppError } from '../../shared/errors/app-error';
import { WorkspaceSession } from '../services/workspace/workspace-session';

export type OpenedWorkspace = { ok: true; session: WorkspaceSession } | { ok: false; message: string };

/** Opens an existing workspace for a command that only reads; never creates one. */
export async function openWorkspaceForCli(dir: string): Promise<OpenedWorkspace> {
  const absolute = path.resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    return { ok: false, message: `De werkmap ${absolute} bestaat niet.` };
  }
  try {
    return { ok: true, session: await WorkspaceSession.open(absolute, { create: false }) };
  } catch (error) {
    return { ok: false, message: isAppError(error) ? error.nl : String(error) };
  }
}
