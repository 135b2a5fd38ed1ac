import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { audienceContacts } from '../../../shared/board/contacts';
import { isClockEntry } from '../../../shared/board/derive';
import type { Incident } from '../../../shared/incident/schema';
import type { LogEntry, LogEntryBody } from '../../../shared/log/entry-schema';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { applyCorrections, outcomesFromLog } from '../../../shared/matrix/outcomes';
import { AUDIENCES } from '../../../shared/model/vocabulary';
import type { AppContext } from '../app-context';
import { readProtocol } from '../protocol/protocol-document';
import { recordLogEntry } from '../recording/record-log-entry';
import { incidentJournal } from '../workspace/journals';
import { activeIncidentId } from './board-document';
import { incidentClosedError } from './incident-errors';
import { loadIncident } from './incident-repository';

const RECENT_LINES = 6;

export async function boardState(
  ctx: AppContext,
  input: ParsedInput<'board.state'>,
): Promise<MethodOutput<'board.state'>> {
  const session = ctx.requireWorkspace();
  const active = await activeIncidentId(session);
  const protocol = await readProtocol(session);
  const id = input.incidentId ?? active;
  // An active id whose file has gone (deleted by hand) shows an empty board, not an error.
  const incident: Incident | null = id
    ? await loadIncident(session, id).catch((error: unknown) => {
        if (input.incidentId) throw error;
        return null;
      })
    : null;
  let entries: readonly LogEntry[] = [];
  if (incident) entries = (await incidentJournal(session, incident.id)).entries();
  const corrected = applyCorrections(entries);
  const contacts = Object.fromEntries(
    AUDIENCES.map((a) => [a, audienceContacts(protocol, a, { includePrivate: input.operator })]),
  ) as MethodOutput<'board.state'>['contacts'];
  return {
    activeIncidentId: active,
    incident,
    organisation: protocol.organisation.shortName || protocol.organisation.name,
    matrix: protocol.operations.matrix ?? CIP_2020_MATRIX.cells,
    matrixIsCip: protocol.operations.matrix === null,
    nis2Applies: protocol.operations.nis2Applies,
    outcomes: outcomesFromLog(entries),
    clockEntries: corrected.filter(isClockEntry),
    contacts,
    recent: input.operator ? entries.slice(-RECENT_LINES).reverse() : [],
    logCount: entries.length,
  };
}

/** Logging from the board goes to an open incident only; a closed one stays as it was closed. */
async function record(
  ctx: AppContext,
  incidentId: string,
  body: LogEntryBody,
  options: { author: string; occurredAt?: string | undefined },
): Promise<{ seq: number }> {
  const incident = await loadIncident(ctx.requireWorkspace(), incidentId);
  if (incident.status === 'closed') throw incidentClosedError();
  const entry = await recordLogEntry(ctx, incidentId, body, {
    author: options.author,
    ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
  });
  return { seq: entry.seq };
}

export function logAction(ctx: AppContext, input: ParsedInput<'board.logAction'>) {
  return record(
    ctx,
    input.incidentId,
    {
      kind: 'messageSent',
      audience: input.audience,
      action: input.action,
      recipients: input.recipients,
      channel: input.channel,
      summary: input.summary,
      sentBy: input.sentBy,
    },
    input,
  );
}

export function markNotApplicable(ctx: AppContext, input: ParsedInput<'board.markNotApplicable'>) {
  return record(
    ctx,
    input.incidentId,
    {
      kind: 'decision',
      summary: `Actie ${input.action} niet van toepassing (${input.audience})`,
      subject: {
        type: 'actionNotApplicable',
        audience: input.audience,
        action: input.action,
        phase: input.phase,
      },
      reason: input.reason,
    },
    input,
  );
}

export function logRegulator(ctx: AppContext, input: ParsedInput<'board.logRegulator'>) {
  return record(
    ctx,
    input.incidentId,
    {
      kind: 'regulatorNotification',
      regulator: input.regulator,
      notificationType: input.notificationType,
      summary: input.summary,
      ...(input.reference ? { reference: input.reference } : {}),
    },
    input,
  );
}

export function notNotifiable(ctx: AppContext, input: ParsedInput<'board.notNotifiable'>) {
  return record(
    ctx,
    input.incidentId,
    {
      kind: 'decision',
      summary: `Niet meldplichtig: ${input.clock}`,
      subject: { type: 'notNotifiable', clock: input.clock },
      reason: input.reason,
    },
    input,
  );
}
