import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isAppError } from '../../shared/errors/app-error';
import type { Protocol } from '../../shared/protocol/schema';
import { protocolStore } from '../services/protocol/protocol-document';
import { WorkspaceSession } from '../services/workspace/workspace-session';

export type OpenedProtocol =
  | { ok: true; protocol: Protocol; problem: string | null }
  | { ok: false; message: string };

/**
 * Reads protocol.json for a CLI command. It works while the app holds the workspace lock (the
 * session is then read-only) and never creates a workspace that does not exist.
 */
export async function readWorkspaceProtocol(dir: string): Promise<OpenedProtocol> {
  const absolute = path.resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    return { ok: false, message: `De werkmap ${absolute} bestaat niet.` };
  }
  let session: WorkspaceSession | null = null;
  try {
    session = await WorkspaceSession.open(absolute, { create: false });
    const store = await protocolStore(session);
    return { ok: true, protocol: store.data, problem: store.problem?.message.nl ?? null };
  } catch (error) {
    return { ok: false, message: isAppError(error) ? error.nl : String(error) };
  } finally {
    await session?.close();
  }
}
