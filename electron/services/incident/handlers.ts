import type { incidentMethods } from '../../../shared/api/incident-api';
import { seesPrivateNumbers } from '../../../shared/api/roles';
import type { HandlerMap } from '../api/handler-types';
import { activeIncidentId, setActiveIncidentId } from './board-document';
import {
  boardState,
  excludeRecipient,
  logAction,
  logRegulator,
  markNotApplicable,
  markNotNeeded,
  nis2Significance,
  notNotifiable,
  whoKnows,
} from './board-service';
import { incidentStore, loadIncident, scanIncidents } from './incident-repository';
import { createIncident, setIncidentStatus, updateIncident } from './incident-service';
import { getMatrix, updateMatrix } from './matrix-service';

export const incidentHandlers: HandlerMap<keyof typeof incidentMethods> = {
  'incident.list': async (_input, ctx) => {
    const session = ctx.requireWorkspace();
    const { incidents, unreadable } = await scanIncidents(session);
    return { activeIncidentId: await activeIncidentId(session), incidents, unreadable };
  },
  'incident.get': async (input, ctx) => loadIncident(ctx.requireWorkspace(), input.id),
  'incident.create': (input, ctx) => createIncident(ctx, input),
  'incident.update': (input, ctx) => updateIncident(ctx, input),
  'incident.setStatus': (input, ctx) => setIncidentStatus(ctx, input),

  'board.setActive': async (input, ctx) => {
    const session = ctx.requireWorkspace();
    // refuse an id without a file: the board must never point at nothing
    if (input.incidentId) await incidentStore(session, input.incidentId);
    await setActiveIncidentId(session, input.incidentId);
    ctx.events.emit('incidents.changed', {});
    return { activeIncidentId: input.incidentId };
  },
  // The host's role decides, not the renderer: the flag can only ask for less (issue 10); a
  // room logger sees private numbers like the operator, a viewer or projector never (issue 15).
  'board.state': (input, ctx, caller) =>
    boardState(ctx, { ...input, operator: input.operator && seesPrivateNumbers(caller.role) }),
  'board.logAction': (input, ctx) => logAction(ctx, input),
  'board.markNotApplicable': (input, ctx) => markNotApplicable(ctx, input),
  'board.logRegulator': (input, ctx) => logRegulator(ctx, input),
  'board.notNotifiable': (input, ctx) => notNotifiable(ctx, input),
  'board.markNotNeeded': (input, ctx) => markNotNeeded(ctx, input),
  'board.excludeRecipient': (input, ctx) => excludeRecipient(ctx, input),
  'board.nis2Significance': (input, ctx) => nis2Significance(ctx, input),
  'board.whoKnows': (input, ctx) => whoKnows(ctx, input),

  'matrix.get': (_input, ctx) => getMatrix(ctx),
  'matrix.update': (input, ctx) => updateMatrix(ctx, input.cells),
};
