import type { ProtocolDraft } from '../../../../../shared/api/protocol-draft-api';
import { type Protocol, protocolShapeSchema } from '../../../../../shared/protocol/schema';
import { call } from '../../../api/client';
import { readLegacyDraft, removeLegacyDraft } from './legacy-draft';

/**
 * Unsaved edits are kept in the workspace through the API (protocol.draft.json, beside
 * protocol.json), so nothing typed is lost when the window closes, the app crashes or the host
 * restarts — and private numbers never sit in the browser's storage. The whole protocol is one
 * draft (not one per field) because its parts refer to each other: a person added on one tab is
 * picked on another.
 */
export interface StoredDraft {
  baseRevision: string;
  savedAt: string;
  protocol: Protocol;
}

/**
 * Value-level issues (a half-typed phone number, an empty name) are what a draft is for; type-level
 * ones (a list that is not a list) mean the stored text is not ours to trust.
 */
const DRAFT_TOLERATED = new Set(['custom', 'too_small', 'too_big', 'invalid_format']);

function draftShapeOk(value: unknown): value is Protocol {
  const result = protocolShapeSchema.safeParse(value);
  return result.success || result.error.issues.every((i) => DRAFT_TOLERATED.has(i.code));
}

function usable(draft: ProtocolDraft | null): StoredDraft | null {
  if (!draft || !draftShapeOk(draft.protocol)) return null;
  return { baseRevision: draft.baseRevision, savedAt: draft.savedAt, protocol: draft.protocol };
}

/**
 * The workspace's draft. A draft an older version left in this browser's storage is moved into the
 * workspace once (unless the workspace has one already) and then removed from the browser.
 */
export async function readDraft(workspaceDir: string): Promise<StoredDraft | null> {
  const stored = await call('protocol.draft.get', {});
  const legacy = readLegacyDraft(workspaceDir);
  if (!legacy) return usable(stored);
  if (stored) {
    removeLegacyDraft(workspaceDir);
    return usable(stored);
  }
  try {
    await call('protocol.draft.put', { baseRevision: legacy.baseRevision, protocol: legacy.protocol });
  } catch {
    // a read-only window cannot write it: offered from the browser this once, moved by a writer later
    return usable(legacy);
  }
  // removed from the browser only once the workspace has it
  removeLegacyDraft(workspaceDir);
  return usable(legacy);
}

/**
 * Writes the draft after each change, one write at a time: while one is on its way only the newest
 * waits (a burst of typing costs two writes, not one per key). `cancel` drops the waiting one;
 * `flush` sends it at once even while the page unloads (a reload, a closed tab).
 */
export function createDraftWriter(onError: (error: unknown) => void) {
  let waiting: { baseRevision: string; protocol: Protocol } | null = null;
  let inFlight = false;
  let stored = false;
  const send = (keepalive = false) => {
    const next = waiting;
    waiting = null;
    if (!next) return;
    stored = true;
    inFlight = true;
    call('protocol.draft.put', next, { keepalive })
      .catch(onError)
      .finally(() => {
        inFlight = false;
        if (waiting) send();
      });
  };
  return {
    write(baseRevision: string, protocol: Protocol) {
      waiting = { baseRevision, protocol };
      if (!inFlight) send();
    },
    cancel() {
      waiting = null;
    },
    /** the draft was restored from the workspace: a later clean state must remove it */
    markStored() {
      stored = true;
    },
    /** no unsaved edits (any more): remove the stored draft, if this editor stored or restored one */
    clear() {
      waiting = null;
      if (!stored) return;
      stored = false;
      call('protocol.draft.discard', {}).catch(onError);
    },
    flush() {
      send(true);
    },
  };
}
export type DraftWriter = ReturnType<typeof createDraftWriter>;
