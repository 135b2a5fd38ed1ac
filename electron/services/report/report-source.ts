import type { ExerciseState } from '../../../shared/exercise/exercise-state';
import type { Incident } from '../../../shared/incident/schema';
import type { LogEntry } from '../../../shared/log/entry-schema';
import type { Protocol } from '../../../shared/protocol/schema';
import type { Evaluation } from '../../../shared/report/evaluation-schema';
import type { Verification } from '../../../shared/report/model';
import { exerciseStore, hasExercise } from '../exercise/exercise-store';
import { journalPath } from '../incident/incident-document';
import { loadIncident } from '../incident/incident-repository';
import { exportWitnesses } from '../log/export-witnesses';
import { inspectJournalFile, type VerifyResult } from '../log/verify-file';
import { readProtocol } from '../protocol/protocol-document';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { evaluationDocument, evaluationPath } from './evaluation-document';

export interface ReportSource {
  protocol: Protocol;
  incident: Incident;
  entries: LogEntry[];
  verification: Verification;
  /** the saved evaluation; undefined while the exercise leader has saved nothing */
  evaluation: Evaluation | undefined;
  /** the evaluation to edit: the saved one or an empty one */
  evaluationOrEmpty: Evaluation;
  /** the exercise's script and runner state, when it ran from a scenario (issue 16) */
  exercise: ExerciseState | undefined;
}

/**
 * Everything a report is made from, read from the workspace. The log is read from disk and
 * verified in the same pass, so the entries in the appendix are exactly the ones the integrity
 * statement vouches for. Only reads: works on a read-only workspace (the CLI beside a running app).
 */
export async function readReportSource(session: WorkspaceSession, incidentId: string): Promise<ReportSource> {
  const incident = await loadIncident(session, incidentId);
  const protocol = await readProtocol(session);
  const journalFile = session.resolve(journalPath(incidentId));
  const witnesses = exportWitnesses(incident);
  const inspected = await inspectJournalFile(journalFile, incidentId, witnesses).catch((error: unknown) => {
    // an incident whose journal was never written (created, nothing logged) has an empty log
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  const entries = inspected?.entries ?? [];
  const store = await session.document(evaluationDocument, evaluationPath(incidentId));
  return {
    protocol,
    incident,
    entries,
    verification: inspected ? verificationOf(inspected.result, incident) : emptyLog(),
    evaluation: store.isUnsaved ? undefined : store.data,
    evaluationOrEmpty: store.data,
    exercise: await readExercise(session, incidentId),
  };
}

/** What the report's integrity statement is built from: the check, the anchor, earlier exports. */
function verificationOf(result: VerifyResult, incident: Incident): Verification {
  const holds = new Map(result.witnessed.map((w) => [`${w.count}:${w.headHash}`, w.holds]));
  return {
    ok: result.ok,
    count: result.count,
    headHash: result.headHash,
    anchor: { status: result.anchor.status, since: result.anchor.since },
    breaks: result.breaks.map((b) => ({ line: b.line, reason: b.reason, reasonEn: b.reasonEn })),
    earlierExports: (incident.exports ?? []).map((e) => ({
      ...e,
      holds: holds.get(`${e.count}:${e.headHash}`) ?? false,
    })),
  };
}

function emptyLog(): Verification {
  return { ok: true, count: 0, headHash: '0'.repeat(64), anchor: { status: 'new', since: null }, breaks: [] };
}

/** A damaged exercise file leaves the script out of the report rather than failing the report. */
async function readExercise(
  session: WorkspaceSession,
  incidentId: string,
): Promise<ExerciseState | undefined> {
  if (!(await hasExercise(session, incidentId))) return undefined;
  const store = await exerciseStore(session, incidentId).catch(() => null);
  return store?.available ? store.data : undefined;
}
