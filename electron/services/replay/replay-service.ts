import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { entriesRecordedBy, incidentAsOf } from '../../../shared/replay/replay-cut';
import type { AppContext } from '../app-context';
import { boardStateOf } from '../incident/board-service';
import { loadIncident } from '../incident/incident-repository';
import { incidentJournal } from '../workspace/journals';

const LINES = 12;

export async function replayState(
  ctx: AppContext,
  input: ParsedInput<'replay.state'>,
): Promise<MethodOutput<'replay.state'>> {
  const session = ctx.requireWorkspace();
  const incident = await loadIncident(session, input.incidentId);
  const entries = (await incidentJournal(session, input.incidentId)).entries();
  const from = entries[0]?.recordedAt ?? incident.createdAt;
  const to = entries.at(-1)?.recordedAt ?? incident.createdAt;
  const atMs = Math.min(Math.max(Date.parse(input.at ?? to), Date.parse(from)), Date.parse(to));
  const cut = entriesRecordedBy(entries, atMs);
  const board = await boardStateOf(session, {
    active: incident.id,
    incident: incidentAsOf(incident, cut),
    entries: cut,
    operator: false,
  });
  return {
    at: new Date(atMs).toISOString(),
    from,
    to,
    board,
    lines: cut.slice(-LINES).reverse(),
    marks: entries.map((e) => e.recordedAt),
  };
}
