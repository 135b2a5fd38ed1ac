import type { Incident } from '../../../shared/incident/schema';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { applyCorrections } from '../../../shared/matrix/outcomes';
import type { Protocol } from '../../../shared/protocol/schema';
import { DEFAULT_LATE_AFTER_MINUTES } from '../../../shared/report/evaluation-schema';
import { judgeIncident } from '../../../shared/verdicts/judge';
import { type Partner, partnersFromProtocol } from '../../../shared/verdicts/partners';
import type { IncidentVerdicts } from '../../../shared/verdicts/types';
import { evaluationDocument, evaluationPath } from '../report/evaluation-document';
import type { WorkspaceSession } from '../workspace/workspace-session';

export interface JudgedIncident {
  /** the log after corrections */
  corrected: LogEntry[];
  partners: Partner[];
  verdicts: IncidentVerdicts;
}

/**
 * The norm the verdicts time lateness by: the minutes the incident's evaluation uses (the exercise
 * leader may set them), 60 by default. Reads only; a missing evaluation is the default.
 */
export async function normMinutesFor(session: WorkspaceSession, incidentId: string): Promise<number> {
  const store = await session.document(evaluationDocument, evaluationPath(incidentId));
  return store.isUnsaved ? DEFAULT_LATE_AFTER_MINUTES : store.data.lateAfterMinutes;
}

/** The one way the back end judges an incident: the same engine and inputs as the reports and the CLI. */
export async function judgeFromWorkspace(
  session: WorkspaceSession,
  incident: Incident,
  protocol: Protocol,
  entries: readonly LogEntry[],
): Promise<JudgedIncident> {
  const corrected = applyCorrections(entries);
  const partners = partnersFromProtocol(protocol);
  const verdicts = judgeIncident({
    matrix: protocol.operations.matrix ?? CIP_2020_MATRIX.cells,
    incident,
    entries: corrected,
    partners,
    normMinutes: await normMinutesFor(session, incident.id),
  });
  return { corrected, partners, verdicts };
}
