import { isAppError } from '../../../shared/errors/app-error';
import { createDefaultProtocol } from '../../../shared/protocol/defaults';
import { protocolMigrations } from '../../../shared/protocol/migrations';
import { PROTOCOL_SCHEMA_VERSION, type Protocol, protocolSchema } from '../../../shared/protocol/schema';
import type { DocumentSpec, Migration, RawDocument } from '../storage/document-spec';
import type { DocumentStore } from '../storage/document-store';
import { NewerSchemaError } from '../storage/migrate';
import { DocumentUnreadableError } from '../storage/read-document';
import type { WorkspaceSession } from '../workspace/workspace-session';

/** The storage layer's numbered steps, made from the protocol model's own migrations. */
const migrations: Migration[] = Object.entries(protocolMigrations).map(([from, step]) => ({
  from: Number(from),
  migrate: (raw: RawDocument) => step(raw) as RawDocument,
}));

/** protocol.json: the organisation's crisis-communication protocol (Bijlage I). */
export const protocolDocument: DocumentSpec<Protocol> = {
  kind: 'protocol',
  label: { nl: 'het protocol', en: 'the protocol' },
  currentVersion: PROTOCOL_SCHEMA_VERSION,
  schema: protocolSchema as unknown as DocumentSpec<Protocol>['schema'],
  migrations,
  create: () => createDefaultProtocol(),
};

export const PROTOCOL_FILE = 'protocol.json';

/**
 * The one cached store for protocol.json in this session (one DocumentStore per path), shared by
 * the editor, the board, drafting and reports, so an edit in one shows in all at once. Rejects
 * with a plain-language AppError when protocol.json is from a newer Ketenbord or cannot be read
 * where it stands (a folder, no permission); the file is then left alone.
 */
export function protocolStore(session: WorkspaceSession): Promise<DocumentStore<Protocol>> {
  return session.document(protocolDocument, PROTOCOL_FILE);
}

/** A protocol.json that cannot be used where it stands: reported, left alone, never overwritten. */
function leftAlone(error: unknown): boolean {
  return error instanceof NewerSchemaError || error instanceof DocumentUnreadableError;
}

/**
 * The protocol for the board, drafting and reports. When protocol.json cannot be used (damaged,
 * newer, a folder) they work on the built-in defaults — the CIP matrix, no contacts — so the
 * incidents and their logs stay usable; the workspace's problems say what is wrong with the file.
 */
export async function readProtocol(session: WorkspaceSession): Promise<Protocol> {
  try {
    return (await protocolStore(session)).data;
  } catch (error) {
    if (leftAlone(error)) return createDefaultProtocol();
    throw error;
  }
}

/**
 * Opens protocol.json as a workspace opens, so a problem with it shows at once. A protocol.json
 * that cannot be used does not close the workspace: it is in the problems list, and the rest works.
 */
export async function openProtocolForWorkspace(session: WorkspaceSession): Promise<void> {
  await protocolStore(session).catch((error: unknown) => {
    if (!leftAlone(error)) throw error;
  });
}

export type ProtocolReading =
  | {
      ok: true;
      protocol: Protocol /** false: there is no protocol.json yet; these are the defaults */;
      stored: boolean;
    }
  | { ok: false; code: string; message: { nl: string; en: string } };

/**
 * The protocol as the command line needs it: the stored one, the defaults when there is none yet,
 * or a refusal with the reason when protocol.json is damaged, newer or unreadable — never the
 * defaults in its place (a check of the defaults would report gaps the organisation does not have).
 */
export async function readProtocolStrictly(session: WorkspaceSession): Promise<ProtocolReading> {
  let store: DocumentStore<Protocol>;
  try {
    store = await protocolStore(session);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false, code: error.code, message: { nl: error.nl, en: error.en } };
  }
  if (store.problem) {
    return { ok: false, code: 'document.corrupt', message: store.problem.message };
  }
  return { ok: true, protocol: store.data, stored: !store.isUnsaved };
}
