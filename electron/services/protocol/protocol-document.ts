import { createDefaultProtocol } from '../../../shared/protocol/defaults';
import { protocolMigrations } from '../../../shared/protocol/migrations';
import { PROTOCOL_SCHEMA_VERSION, type Protocol, protocolSchema } from '../../../shared/protocol/schema';
import type { DocumentSpec, Migration, RawDocument } from '../storage/document-spec';
import type { DocumentStore } from '../storage/document-store';
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
 * the editor, the board, drafting and reports, so an edit in one shows in all at once.
 */
export function protocolStore(session: WorkspaceSession): Promise<DocumentStore<Protocol>> {
  return session.document(protocolDocument, PROTOCOL_FILE);
}

/** The protocol as stored; a damaged file yields the defaults (and a reported problem). */
export async function readProtocol(session: WorkspaceSession): Promise<Protocol> {
  return (await protocolStore(session)).data;
}
