import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { audienceContacts } from '../../../shared/board/contacts';
import { isClockEntry } from '../../../shared/board/derive';
import type { Incident } from '../../../shared/incident/schema';
import type { DecisionSubject, LogEntry, LogEntryBody } from '../../../shared/log/entry-schema';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { AUDIENCES } from '../../../shared/model/vocabulary';
import { mediaRoundCandidates } from '../../../shared/verdicts/media-rounds';
import { waitingCandidates } from '../../../shared/verdicts/waiting';
import { whoKnowsWhat } from '../../../shared/verdicts/who-knows';
import type { AppContext } from '../app-context';
import { exerciseClockOf } from '../exercise/exercise-store';
import { recordLogEntry } from '../log/record-log-entry';
import { readProtocol } from '../protocol/protocol-document';
import { incidentJournal } from '../workspace/journals';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { activeIncidentId } from './board-document';
import { reasonRequiredError } from './incident-errors';
import { loadIncident } from './incident-repository';
import { judgeFromWorkspace } from './verdict-source';

const RECENT_LINES = 6;

export async function boardState(
  ctx: AppContext,
  input: ParsedInput<'board.state'>,
): Promise<MethodOutput<'board.state'>> {
  const session = ctx.requireWorkspace();
  const active = await activeIncidentId(session);
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
  return boardStateOf(session, { active, incident, entries, operator: input.operator });
}

/**
 * The board for an incident as given with the log as given: the live board passes today's, replay
 * (issue 16) the incident and log as they stood at a chosen moment.
 */
export async function boardStateOf(
  session: WorkspaceSession,
  input: {
    active: string | null;
    incident: Incident | null;
    entries: readonly LogEntry[];
    operator: boolean;
  },
): Promise<MethodOutput<'board.state'>> {
  const { incident, entries } = input;
  const protocol = await readProtocol(session);
  const judged = incident ? await judgeFromWorkspace(session, incident, protocol, entries) : null;
  const corrected = judged?.corrected ?? [];
  const contacts = Object.fromEntries(
    AUDIENCES.map((a) => [a, audienceContacts(protocol, a, { includePrivate: input.operator })]),
  ) as MethodOutput<'board.state'>['contacts'];
  return {
    activeIncidentId: input.active,
    incident,
    organisation: protocol.organisation.shortName || protocol.organisation.name,
    matrix: protocol.operations.matrix ?? CIP_2020_MATRIX.cells,
    matrixIsCip: protocol.operations.matrix === null,
    nis2Applies: protocol.operations.nis2Applies,
    verdicts: judged?.verdicts ?? null,
    waiting:
      judged && incident
        ? [
            ...waitingCandidates(corrected, judged.verdicts),
            ...mediaRoundCandidates({
              monitors: protocol.mediaMonitoring,
              people: protocol.people,
              incident,
              entries: corrected,
              clock: await exerciseClockOf(session, incident.id),
            }),
          ]
        : [],
    clockEntries: corrected.filter(isClockEntry),
    contacts,
    recent: input.operator ? entries.slice(-RECENT_LINES).reverse() : [],
    logCount: entries.length,
  };
}

/** Logging from the board; a closed incident is refused where every write passes (recordLogEntry). */
async function record(
  ctx: AppContext,
  incidentId: string,
  body: LogEntryBody,
  options: { author: string; occurredAt?: string | undefined },
): Promise<{ seq: number }> {
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
      ...(input.forPhase ? { forPhase: input.forPhase } : {}),
      ...(input.nextUpdateAt ? { nextUpdateAt: input.nextUpdateAt } : {}),
      ...(input.inReplyTo !== undefined ? { inReplyTo: input.inReplyTo } : {}),
    },
    input,
  );
}

/** The app's decisions store their subject and the reason typed, no sentence (shown in the reader's language). */
function decide(
  ctx: AppContext,
  input: { incidentId: string; author: string; reason?: string | undefined; occurredAt?: string | undefined },
  subject: DecisionSubject,
) {
  return record(
    ctx,
    input.incidentId,
    { kind: 'decision', summary: '', subject, ...(input.reason ? { reason: input.reason } : {}) },
    input,
  );
}

export function markNotApplicable(ctx: AppContext, input: ParsedInput<'board.markNotApplicable'>) {
  const { audience, action, phase } = input;
  return decide(ctx, input, { type: 'actionNotApplicable', audience, action, phase });
}

export function markNotNeeded(ctx: AppContext, input: ParsedInput<'board.markNotNeeded'>) {
  const { audience, action, phase } = input;
  return decide(ctx, input, { type: 'actionNotNeeded', audience, action, phase });
}

export function excludeRecipient(ctx: AppContext, input: ParsedInput<'board.excludeRecipient'>) {
  return decide(ctx, input, {
    type: 'recipientExcluded',
    audience: input.audience,
    recipient: input.recipient,
  });
}

export function notNotifiable(ctx: AppContext, input: ParsedInput<'board.notNotifiable'>) {
  return decide(ctx, input, { type: 'notNotifiable', clock: input.clock });
}

export function nis2Significance(ctx: AppContext, input: ParsedInput<'board.nis2Significance'>) {
  if (!input.significant && !input.reason) throw reasonRequiredError();
  return decide(ctx, input, {
    type: 'nis2Significance',
    significant: input.significant,
    ...(input.significant ? { awareAt: input.awareAt ?? new Date().toISOString() } : {}),
  });
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
      ...(input.regulatorName ? { regulatorName: input.regulatorName } : {}),
      ...(input.reference ? { reference: input.reference } : {}),
      ...(input.followUpOf !== undefined ? { followUpOf: input.followUpOf } : {}),
    },
    input,
  );
}

/** "Who knows what" for the incident on the board (or the one asked for). */
export async function whoKnows(
  ctx: AppContext,
  input: ParsedInput<'board.whoKnows'>,
): Promise<MethodOutput<'board.whoKnows'>> {
  const session = ctx.requireWorkspace();
  const id = input.incidentId ?? (await activeIncidentId(session));
  if (!id) return { incidentId: null, rows: [] };
  const incident = await loadIncident(session, id);
  const protocol = await readProtocol(session);
  const entries = (await incidentJournal(session, id)).entries();
  const judged = await judgeFromWorkspace(session, incident, protocol, entries);
  return {
    incidentId: id,
    rows: whoKnowsWhat({
      incident,
      entries: judged.corrected,
      partners: judged.partners,
      verdicts: judged.verdicts,
    }),
  };
}
