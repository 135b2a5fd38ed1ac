import { restorableDocuments } from './api/core-handlers';
import { AppContext } from './app-context';
import { incidentDocument } from './incident/incident-document';
import { openProtocolForWorkspace, PROTOCOL_FILE, protocolDocument } from './protocol/protocol-document';
import type { DocumentSpec } from './storage/document-spec';
import { checkOpenIncidentJournals } from './workspace/check-open-journals';

let registered = false;

/**
 * Features hook into workspace opening here. Called once per process before the first workspace
 * opens. protocol.json is opened straight away so a damaged file is reported the moment the
 * workspace opens, not in the middle of an incident; so are the open incidents' log journals.
 */
export function registerFeatures(): void {
  if (registered) return;
  registered = true;
  restorableDocuments.set(PROTOCOL_FILE, protocolDocument as DocumentSpec<unknown>);
  restorableDocuments.set('incidents/*.json', incidentDocument as DocumentSpec<unknown>);
  AppContext.onWorkspaceOpen(openProtocolForWorkspace);
  AppContext.onWorkspaceOpen(checkOpenIncidentJournals);
}
