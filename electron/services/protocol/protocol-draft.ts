import { promises as fs } from 'node:fs';
import { type ProtocolDraft, protocolDraftSchema } from '../../../shared/api/protocol-draft-api';
import { fsyncDirectory, removeLeftoverTempFiles, writeFileDurable } from '../storage/durable-write';
import { errnoOf, storageError } from '../storage/fs-errors';
import { SerialQueue } from '../storage/serial-queue';
import type { WorkspaceSession } from '../workspace/workspace-session';

/**
 * protocol.draft.json: the protocol editor's unsaved work, in the workspace beside protocol.json.
 * Written like every other file of the workspace (temp file, fsync, rename, fsync the folder; mode
 * 0600, since it holds private numbers), removed when the protocol is saved or the draft thrown
 * away. A draft is the user's typing, so an unreadable one is moved aside, never overwritten.
 */
export const PROTOCOL_DRAFT_FILE = 'protocol.draft.json';
const DRAFT_VERSION = 1;

/** Writes, removals and moves of one workspace's draft happen one after another, in call order. */
const queues = new WeakMap<WorkspaceSession, SerialQueue>();
function queueOf(session: WorkspaceSession): SerialQueue {
  let queue = queues.get(session);
  if (!queue) {
    queue = new SerialQueue();
    queues.set(session, queue);
  }
  return queue;
}

const WHAT = { nl: 'Het concept van het protocol bewaren', en: 'Keeping the protocol draft' };
const OUTCOME = {
  nl: 'Uw wijzigingen staan nog in het scherm; sla het protocol op om ze vast te leggen.',
  en: 'Your changes are still on screen; save the protocol to keep them.',
};

export async function readProtocolDraft(session: WorkspaceSession): Promise<ProtocolDraft | null> {
  return queueOf(session).run(async () => {
    const file = session.resolve(PROTOCOL_DRAFT_FILE);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null;
      throw storageError(error, { nl: 'Het concept lezen', en: 'Reading the draft' }, OUTCOME);
    }
    const parsed = parseDraft(text);
    if (parsed) return parsed;
    if (!session.readOnly) await moveAside(session, file);
    return null;
  });
}

function parseDraft(text: string): ProtocolDraft | null {
  try {
    const raw = JSON.parse(text) as { schemaVersion?: unknown };
    if (raw.schemaVersion !== DRAFT_VERSION) return null;
    const result = protocolDraftSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** protocol.draft.unreadable-<time>.json: kept for whoever wants to look, out of the editor's way. */
async function moveAside(session: WorkspaceSession, file: string): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await fs.rename(file, session.resolve(`protocol.draft.unreadable-${stamp}.json`)).catch(() => undefined);
}

export async function writeProtocolDraft(
  session: WorkspaceSession,
  input: { baseRevision: string; protocol: Record<string, unknown> },
): Promise<{ savedAt: string }> {
  session.assertWritable();
  return queueOf(session).run(async () => {
    await session.gate.assertWritable();
    const savedAt = new Date().toISOString();
    const file = session.resolve(PROTOCOL_DRAFT_FILE);
    const body = {
      schemaVersion: DRAFT_VERSION,
      baseRevision: input.baseRevision,
      savedAt,
      protocol: input.protocol,
    };
    try {
      await writeFileDurable(file, `${JSON.stringify(body)}\n`);
    } catch (error) {
      throw storageError(error, WHAT, OUTCOME);
    }
    return { savedAt };
  });
}

/** Removes the draft; false when there was none. A read-only window never removes anything. */
export async function discardProtocolDraft(session: WorkspaceSession): Promise<boolean> {
  if (session.readOnly) return false;
  return queueOf(session).run(async () => {
    const file = session.resolve(PROTOCOL_DRAFT_FILE);
    // halves of writes a crash interrupted go with the draft they were for
    await removeLeftoverTempFiles(file);
    try {
      await fs.rm(file);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return false;
      throw storageError(error, { nl: 'Het concept verwijderen', en: 'Removing the draft' }, OUTCOME);
    }
    await fsyncDirectory(session.dir);
    return true;
  });
}
