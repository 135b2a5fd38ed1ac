import { z } from 'zod';
import { method } from './define';

/**
 * The protocol editor's unsaved draft, kept in the workspace (protocol.draft.json, 0600) instead of
 * the browser's storage: it holds private numbers, it must survive a restart of either host (the
 * browser host's port, and so its storage, changes at every start), and it goes with the workspace.
 */

/** The draft may be half-typed (an empty name, half a phone number): only its outline is checked here. */
export const protocolDraftSchema = z.object({
  /** the revision of the saved protocol the draft started from */
  baseRevision: z.string().max(200),
  /** when it was last written (ISO) */
  savedAt: z.string(),
  protocol: z.record(z.string(), z.unknown()),
});
export type ProtocolDraft = z.infer<typeof protocolDraftSchema>;

export const protocolDraftMethods = {
  /** The stored draft, or null when there is none (or it could not be read: it is moved aside). */
  'protocol.draft.get': method(z.object({}), protocolDraftSchema.nullable()),
  /** Replaces the stored draft (durably); the editor calls it shortly after each change. */
  'protocol.draft.put': method(
    z.object({ baseRevision: z.string().max(200), protocol: z.record(z.string(), z.unknown()) }),
    z.object({ savedAt: z.string() }),
  ),
  /** Removes the draft (thrown away, or saved); saving the protocol removes it as well. */
  'protocol.draft.discard': method(z.object({}), z.object({ discarded: z.boolean() })),
};
