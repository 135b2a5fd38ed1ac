import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors/app-error';
import { crisisTeamLead, escalationConditions } from '../../../shared/escalation/conditions';
import { applyCorrections } from '../../../shared/matrix/outcomes';
import type { AppContext } from '../app-context';
import { recordLogEntry } from '../log/record-log-entry';
import { readProtocol } from '../protocol/protocol-document';
import { incidentJournal } from '../workspace/journals';

export async function listConditions(
  ctx: AppContext,
  input: ParsedInput<'escalation.list'>,
): Promise<MethodOutput<'escalation.list'>> {
  const session = ctx.requireWorkspace();
  const protocol = await readProtocol(session);
  const entries = applyCorrections((await incidentJournal(session, input.incidentId)).entries());
  return {
    conditions: escalationConditions(protocol.escalationConditions, protocol.people, entries),
    crisisTeamLead: crisisTeamLead(protocol.crisisOrganisation, protocol.people),
  };
}

/** Marks a condition met once; a second mark is refused (the log already says who and when). */
export async function markConditionMet(
  ctx: AppContext,
  input: ParsedInput<'escalation.markMet'>,
): Promise<{ seq: number }> {
  const session = ctx.requireWorkspace();
  const protocol = await readProtocol(session);
  const condition = protocol.escalationConditions.find((c) => c.id === input.conditionId);
  if (!condition) {
    throw new AppError('escalation.unknown', {
      nl: 'Deze escalatievoorwaarde staat niet (meer) in het protocol.',
      en: 'This escalation condition is not (or no longer) in the protocol.',
    });
  }
  const entry = await recordLogEntry(
    ctx,
    input.incidentId,
    {
      kind: 'decision',
      summary: '',
      subject: { type: 'escalationMet', conditionId: condition.id, text: condition.text },
      ...(input.note ? { reason: input.note } : {}),
    },
    {
      author: input.author,
      ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
      // judged inside the journal's queue: two people marking it at once record it once
      precondition: (entries) => {
        const already = escalationConditions([condition], protocol.people, applyCorrections(entries))[0]?.met;
        if (already) throw alreadyMetError(already.by);
      },
    },
  );
  return { seq: entry.seq };
}

function alreadyMetError(by: string): AppError {
  return new AppError('escalation.alreadyMet', {
    nl: `Deze voorwaarde is al als voldaan vastgelegd door ${by}.`,
    en: `This condition was already recorded as met by ${by}.`,
  });
}
