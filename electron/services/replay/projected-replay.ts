import type { MethodOutput } from '../../../shared/api/contract';
import type { ProjectedMoment } from '../../../shared/api/replay-api';
import type { AppContext } from '../app-context';
import { replayState } from './replay-service';

/**
 * The replay moment on the projector, one per running back end (there is one projector view to
 * drive). Kept in memory on purpose: a replay is a meeting's view, not part of the record, and a
 * restarted host must come back showing the live board.
 */
const moments = new WeakMap<AppContext, ProjectedMoment>();

export function projectReplay(
  ctx: AppContext,
  moment: ProjectedMoment | null,
): { moment: ProjectedMoment | null } {
  const before = moments.get(ctx) ?? null;
  if (moment) moments.set(ctx, moment);
  else moments.delete(ctx);
  // the projector asks again only when something changed (the slider sends the same moment twice)
  if (before?.incidentId !== moment?.incidentId || before?.at !== moment?.at)
    ctx.events.emit('replay.changed', {});
  return { moment };
}

/**
 * The board at the projected moment, as replay.state judges it (replay's board never carries
 * private numbers). An incident that has gone since (another workspace, a deleted file) ends the
 * replay on the projector rather than showing an error there.
 */
export async function projectedReplay(ctx: AppContext): Promise<MethodOutput<'replay.projected'>> {
  const moment = moments.get(ctx);
  if (!moment) return null;
  try {
    const state = await replayState(ctx, { incidentId: moment.incidentId, at: moment.at });
    return { incidentId: moment.incidentId, at: state.at, board: state.board };
  } catch {
    moments.delete(ctx);
    return null;
  }
}
