import { z } from 'zod';
import { type Protocol, protocolShapeSchema } from '../../../../../shared/protocol/schema';

/**
 * Unsaved edits live in localStorage, one draft per workspace, so nothing typed is lost when the
 * window closes or the app crashes. The whole protocol is one draft (not one per field) because
 * its parts refer to each other: a person added on one tab is picked on another.
 */
const PREFIX = 'ketenbord.protocol.draft:';

const storedDraftSchema = z.object({
  version: z.literal(1),
  baseRevision: z.string(),
  savedAt: z.string(),
  protocol: z.record(z.string(), z.unknown()),
});

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

export function readDraft(workspaceDir: string): StoredDraft | null {
  try {
    const text = localStorage.getItem(PREFIX + workspaceDir);
    if (text === null) return null;
    const stored = storedDraftSchema.safeParse(JSON.parse(text));
    if (!stored.success || !draftShapeOk(stored.data.protocol)) return null;
    return {
      baseRevision: stored.data.baseRevision,
      savedAt: stored.data.savedAt,
      protocol: stored.data.protocol as Protocol,
    };
  } catch {
    return null;
  }
}

export function writeDraft(workspaceDir: string, baseRevision: string, protocol: Protocol): void {
  try {
    localStorage.setItem(
      PREFIX + workspaceDir,
      JSON.stringify({ version: 1, baseRevision, savedAt: new Date().toISOString(), protocol }),
    );
  } catch {
    // storage full or disabled: the draft stays in memory; the save bar still shows it is unsaved
  }
}

export function clearDraft(workspaceDir: string): void {
  try {
    localStorage.removeItem(PREFIX + workspaceDir);
  } catch {
    // nothing to clear
  }
}
