import type { replayMethods } from '../../../shared/api/replay-api';
import type { HandlerMap } from '../api/handler-types';
import { projectedReplay, projectReplay } from './projected-replay';
import { replayState } from './replay-service';

export const replayHandlers: HandlerMap<keyof typeof replayMethods> = {
  'replay.state': (input, ctx) => replayState(ctx, input),
  'replay.project': async (input, ctx) => projectReplay(ctx, input.moment),
  'replay.projected': (_input, ctx) => projectedReplay(ctx),
};
