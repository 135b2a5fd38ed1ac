import {
  BOARD_SCHEMA_VERSION,
  type BoardDocument,
  boardDocumentSchema,
} from '../../../shared/board/board-document';
import { restorableDocuments } from '../api/core-handlers';
import type { DocumentSpec } from '../storage/document-spec';
import type { WorkspaceSession } from '../workspace/workspace-session';

/** board.json: which incident the board (and the projector) shows. */
export const boardDocument: DocumentSpec<BoardDocument> = {
  kind: 'board',
  label: { nl: 'de bordinstelling', en: 'the board setting' },
  currentVersion: BOARD_SCHEMA_VERSION,
  schema: boardDocumentSchema,
  migrations: [],
  create: () => ({ schemaVersion: BOARD_SCHEMA_VERSION, activeIncidentId: null }),
};

export const BOARD_FILE = 'board.json';
restorableDocuments.set(BOARD_FILE, boardDocument as DocumentSpec<unknown>);

export async function activeIncidentId(session: WorkspaceSession): Promise<string | null> {
  return (await session.document(boardDocument, BOARD_FILE)).data.activeIncidentId;
}

export async function setActiveIncidentId(session: WorkspaceSession, id: string | null): Promise<void> {
  session.assertWritable();
  const store = await session.document(boardDocument, BOARD_FILE);
  if (store.data.activeIncidentId === id && !store.isUnsaved) return;
  await store.update((d) => ({ ...d, activeIncidentId: id }));
}
