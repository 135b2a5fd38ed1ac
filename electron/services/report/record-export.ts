import type { ExportRecord } from '../../../shared/incident/export-record';
import { incidentStore } from '../incident/incident-repository';
import type { WorkspaceSession } from '../workspace/workspace-session';

/**
 * Notes in the incident's state which report the app exported and the log head it covered, so a
 * later report can name it and check the journal still holds that head. Only a session that may
 * write records anything: the command line (read-only by contract) and a second, read-only copy of
 * the app export without a trace in the workspace.
 */
export async function recordExport(
  session: WorkspaceSession,
  incidentId: string,
  record: ExportRecord,
): Promise<boolean> {
  if (session.readOnly) return false;
  const store = await incidentStore(session, incidentId);
  // the schema allows 10,000: past that the oldest give way (the newest heads witness the most lines)
  await store.update((incident) => ({
    ...incident,
    exports: [...(incident.exports ?? []), record].slice(-10_000),
  }));
  return true;
}
