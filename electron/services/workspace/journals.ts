import { journalPath } from '../incident/incident-document';
import { LogJournal } from '../log/journal';
import type { WorkspaceSession } from './workspace-session';

const openJournals = new WeakMap<WorkspaceSession, Map<string, Promise<LogJournal>>>();

function journalsOf(session: WorkspaceSession): Map<string, Promise<LogJournal>> {
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
  return journals;
}

/**
 * The incident's log journal, opened once per workspace session and closed with it. A torn last
 * line found on opening is reported through the workspace's problems, so the user sees it. A
 * journal that refuses after a failed write (a full disk) is opened afresh on the next use, so
 * once the disk has room again logging goes on from what the disk really holds.
 */
export async function incidentJournal(session: WorkspaceSession, incidentId: string): Promise<LogJournal> {
  const journals = journalsOf(session);
  const existing = journals.get(incidentId);
  if (existing) {
    const journal = await existing.catch(() => null);
    if (journal && !journal.refusing) return journal;
    if (journals.get(incidentId) === existing) journals.delete(incidentId);
    await journal?.close().catch(() => undefined);
    return incidentJournal(session, incidentId);
  }
  const filePath = session.resolve(journalPath(incidentId));
  const pending = openJournal(session, incidentId, filePath);
  pending.catch(() => journals.delete(incidentId));
  journals.set(incidentId, pending);
  return pending;
}

async function openJournal(
  session: WorkspaceSession,
  incidentId: string,
  filePath: string,
): Promise<LogJournal> {
  // a session that may not write (any more) opens the journal read-only: no creating, no repair
  const writable = await session.gate.assertWritable().then(
    () => true,
    () => false,
  );
  const { journal, recovery } = await LogJournal.open(filePath, {
    incidentId,
    readOnly: !writable,
    gate: session.gate,
  });
  if (recovery.anchorProblem) {
    // a cut or rewritten tail is a workspace problem the user sees on opening, like a torn line
    session.problems.push({
      kind: 'logNotAsAnchored',
      file: filePath,
      movedTo: filePath,
      reason: recovery.anchorProblem.code,
      newestGoodBackup: null,
      message: { nl: recovery.message!.nl, en: recovery.message!.en },
    });
  } else if (recovery.message) {
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
}

/** Closes and forgets an incident's journal (before its files are removed, see discardNewIncident). */
export async function closeIncidentJournal(session: WorkspaceSession, incidentId: string): Promise<void> {
  const journals = journalsOf(session);
  const pending = journals.get(incidentId);
  journals.delete(incidentId);
  await (await pending?.catch(() => null))?.close();
}
