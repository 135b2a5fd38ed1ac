import type { UnreadableIncident } from '../../../shared/api/workspace-api';
import type { Incident } from '../../../shared/incident/schema';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { journalPath } from '../incident/incident-document';
import { assertIncidentKnown, loadIncident, scanIncidents } from '../incident/incident-repository';
import { exportWitnesses } from '../log/export-witnesses';
import type { LogJournal } from '../log/journal';
import { inspectJournalFile, type VerifyResult } from '../log/verify-file';
import { type ProtocolReading, readProtocolStrictly } from '../protocol/protocol-document';
import type { DocumentProblem } from '../storage/document-store';
import { incidentJournal } from './journals';
import { WorkspaceSession } from './workspace-session';

/**
 * A workspace opened only to read, for the command line (`check`, `verify-log`, `export`, and
 * later `status`). It never takes the lock (so it works while the app runs), and never creates,
 * moves, renames, repairs or removes anything: see WorkspaceSession.openForReading. Damage is
 * reported, not repaired: a damaged protocol is a refusal with the reason, not the defaults.
 */
export interface WorkspaceReader {
  readonly dir: string;
  /** The underlying session (mode 'reading'): any service that reads may be given it; every write is refused. */
  readonly session: WorkspaceSession;
  /** protocol.json as stored, the defaults when there is none, or why it cannot be used. */
  protocol(): Promise<ProtocolReading>;
  /** The readable incidents (newest first) and the unreadable ones with their reason. */
  incidents(): Promise<{ incidents: Incident[]; unreadable: UnreadableIncident[] }>;
  /** One incident; AppError `incident.missing` or `incident.unreadable` (with the reason) otherwise. */
  incident(id: string): Promise<Incident>;
  /** An incident's log, read-only (a torn last line is reported and left in place); also for an unreadable incident. */
  journal(id: string): Promise<LogJournal>;
  /** Walks the log file from the first byte (as `verify-log` does); null when the incident has no log file. */
  verifyLog(id: string): Promise<{ result: VerifyResult; entries: LogEntry[] } | null>;
  /** What was found wrong with the documents read so far. */
  problems(): readonly DocumentProblem[];
  close(): Promise<void>;
}

/** Opens `dir` for reading. Throws an AppError (Dutch and English) when it is missing or not a workspace. */
export async function openWorkspaceForReading(dir: string): Promise<WorkspaceReader> {
  const session = await WorkspaceSession.openForReading(dir);
  return {
    dir: session.dir,
    session,
    protocol: () => readProtocolStrictly(session),
    incidents: () => scanIncidents(session),
    incident: (id) => loadIncident(session, id),
    journal: async (id) => {
      await assertIncidentKnown(session, id);
      return incidentJournal(session, id);
    },
    verifyLog: async (id) => {
      await assertIncidentKnown(session, id);
      // earlier exports recorded in the incident are witnesses; a damaged incident file has none to offer
      const incident = await loadIncident(session, id).catch(() => null);
      const witnesses = incident ? exportWitnesses(incident) : [];
      return inspectJournalFile(session.resolve(journalPath(id)), id, witnesses).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      });
    },
    problems: () => session.problems,
    close: () => session.close(),
  };
}
