import { z } from 'zod';

/**
 * Drafts as versions before issue 13 kept them: in the browser's localStorage, one per workspace.
 * Only read to move them into the workspace once (draft-storage.ts), then removed.
 */
const PREFIX = 'ketenbord.protocol.draft:';

const legacyDraftSchema = z.object({
  version: z.literal(1),
  baseRevision: z.string(),
  savedAt: z.string(),
  protocol: z.record(z.string(), z.unknown()),
});
export type LegacyDraft = Omit<z.infer<typeof legacyDraftSchema>, 'version'>;

export function readLegacyDraft(workspaceDir: string): LegacyDraft | null {
  try {
    const text = localStorage.getItem(PREFIX + workspaceDir);
    if (text === null) return null;
    const stored = legacyDraftSchema.safeParse(JSON.parse(text));
    if (!stored.success) {
      // not ours to trust, and nothing else will ever read it
      removeLegacyDraft(workspaceDir);
      return null;
    }
    const { version: _version, ...draft } = stored.data;
    return draft;
  } catch {
    return null;
  }
}

export function removeLegacyDraft(workspaceDir: string): void {
  try {
    localStorage.removeItem(PREFIX + workspaceDir);
  } catch {
    // storage disabled: nothing to remove
  }
}
