import type { mediaMethods } from '../../../shared/api/media-api';
import type { HandlerMap } from '../api/handler-types';
import { recordMediaRound } from './record-round';

export const mediaHandlers: HandlerMap<keyof typeof mediaMethods> = {
  'media.recordRound': (input, ctx) => recordMediaRound(ctx, input),
};
