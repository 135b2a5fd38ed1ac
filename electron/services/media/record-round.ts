import type { ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors/app-error';
import { applyCorrections } from '../../../shared/matrix/outcomes';
import { suggestsNegativePublicity } from '../../../shared/verdicts/media-rounds';
import type { AppContext } from '../app-context';
import { loadIncident } from '../incident/incident-repository';
import { recordLogEntry } from '../log/record-log-entry';
import { readProtocol } from '../protocol/protocol-document';
import { incidentJournal } from '../workspace/journals';

/** One media round into the log; says whether the board should suggest "negative publicity". */
export async function recordMediaRound(
  ctx: AppContext,
  input: ParsedInput<'media.recordRound'>,
): Promise<{ seq: number; suggestNegativePublicity: boolean }> {
  const session = ctx.requireWorkspace();
  const protocol = await readProtocol(session);
  const monitor = protocol.mediaMonitoring.find((m) => m.id === input.monitorId);
  if (!monitor) {
    throw new AppError('media.unknownMonitor', {
      nl: 'Dit medium staat niet (meer) in de mediamonitoring van het protocol.',
      en: 'This medium is not (or no longer) in the protocol’s media monitoring.',
    });
  }
  const entry = await recordLogEntry(
    ctx,
    input.incidentId,
    {
      kind: 'observation',
      summary: input.summary,
      medium: monitor.medium,
      tone: input.tone,
      evaluatorNote: false,
      mediaRound: {
        monitorId: monitor.id,
        volume: input.volume,
        ...(input.notable ? { notable: input.notable } : {}),
        ...(input.links.length > 0 ? { links: input.links } : {}),
      },
    },
    { author: input.author, ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}) },
  );
  const incident = await loadIncident(session, input.incidentId);
  const entries = applyCorrections((await incidentJournal(session, input.incidentId)).entries());
  return {
    seq: entry.seq,
    suggestNegativePublicity: suggestsNegativePublicity(entries, entry, incident.natures),
  };
}
