import path from 'node:path';
import { journalPath } from '../incident/incident-document';
import { LogJournal } from '../log/journal';
import type { WorkspaceSession } from './workspace-session';

const openJournals = new WeakMap<WorkspaceSession, Map<string, Promise<LogJournal>>>();

/**
 * The incident's log journal, opened once per workspace session and closed with it. A torn last
 * line found on opening is reported through the workspace's problems, so the user sees it.
 */
export function incidentJournal(session: WorkspaceSession, incidentId: string): Promise<LogJournal> {
  let journals = openJournals.get(session);
  if (!journals) {
    const map = new Map<string, Promise<LogJournal>>();
    journals = map;
    openJournals.set(session, map);
    session.onClose(async () => {
      for (const pending of map.values()) await (await pending.catch(() => null))?.close();
      map.clear();
    });
  }
  let pending = journals.get(incidentId);
  if (!pending) {
    const filePath = session.resolve(journalPath(incidentId));
    pending = LogJournal.open(filePath, { incidentId, readOnly: session.readOnly }).then(
      ({ journal, recovery }) => {
        if (recovery.message) {
          session.problems.push({
            kind: 'tornLogLine',
            file: filePath,
            movedTo: recovery.tornLine?.movedTo ?? filePath,
            reason: 'torn last line',
            newestGoodBackup: null,
            message: { nl: recovery.message.nl, en: recovery.message.en },
          });
        }
        return journal;
      },
    );
    const map = journals;
    pending.catch(() => map.delete(incidentId));
    journals.set(incidentId, pending);
  }
  return pending;
}

export const journalFileName = (incidentId: string): string => path.basename(journalPath(incidentId));
