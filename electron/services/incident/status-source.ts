import type { Locale } from '../../../shared/matrix/labels';
import { mediaRoundCandidates } from '../../../shared/verdicts/media-rounds';
import { type IncidentStatus, incidentStatus } from '../../../shared/verdicts/status';
import { exerciseClockOf } from '../exercise/exercise-store';
import { readReportSource } from '../report/report-source';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { judgeFromWorkspace } from './verdict-source';

/**
 * The verdicts and the waiting list of one incident, as the board and the reports judge it, read
 * from the files (the journal from disk, as a report reads it) without writing anything.
 */
export async function readIncidentStatus(
  session: WorkspaceSession,
  incidentId: string,
  options: { now: Date; locale: Locale },
): Promise<IncidentStatus> {
  const source = await readReportSource(session, incidentId);
  const judged = await judgeFromWorkspace(session, source.incident, source.protocol, source.entries);
  return incidentStatus({
    incident: source.incident,
    corrected: judged.corrected,
    verdicts: judged.verdicts,
    nis2Applies: source.protocol.operations.nis2Applies,
    mediaRounds: mediaRoundCandidates({
      monitors: source.protocol.mediaMonitoring,
      people: source.protocol.people,
      incident: source.incident,
      entries: judged.corrected,
      clock: await exerciseClockOf(session, incidentId),
    }),
    now: options.now,
    locale: options.locale,
  });
}
