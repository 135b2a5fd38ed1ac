import { listIncidents } from '../incident/incident-repository';
import { incidentJournal } from './journals';
import type { WorkspaceSession } from './workspace-session';

/**
 * Opens the journals of the open incidents as the workspace opens, so a cut or rewritten log end
 * (or a torn last line) is a workspace problem the moment the app starts, not when someone happens
 * to open the log page. Closed incidents are checked when their log or report is opened. A journal
 * that cannot be opened is left for the page that needs it to report; it never stops the workspace.
 */
export async function checkOpenIncidentJournals(session: WorkspaceSession): Promise<void> {
  const incidents = await listIncidents(session).catch(() => []);
  for (const incident of incidents) {
    if (incident.status === 'open') await incidentJournal(session, incident.id).catch(() => undefined);
  }
}
