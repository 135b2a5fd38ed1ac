import type { Protocol } from '../../../shared/protocol/schema';
import { PROTOCOL_FILE, protocolDocument } from '../protocol/protocol-document';
import type { DocumentStore } from '../storage/document-store';
import type { WorkspaceSession } from '../workspace/workspace-session';

/**
 * The protocol as the incident side reads it. The same cached store the protocol feature uses
 * (one DocumentStore per path per session), so an edit there shows on the board at once.
 */
export function protocolStore(session: WorkspaceSession): Promise<DocumentStore<Protocol>> {
  return session.document(protocolDocument, PROTOCOL_FILE);
}

export async function readProtocol(session: WorkspaceSession): Promise<Protocol> {
  return (await protocolStore(session)).data;
}
