import type { replayMethods } from '../../../shared/api/replay-api';
import type { HandlerMap } from '../api/handler-types';
import { replayState } from './replay-service';

export const replayHandlers: HandlerMap<keyof typeof replayMethods> = {
  'replay.state': (input, ctx) => replayState(ctx, input),
};
