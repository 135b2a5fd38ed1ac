import type { protocolDraftMethods } from '../../../shared/api/protocol-draft-api';
import type { HandlerMap } from '../api/handler-types';
import { discardProtocolDraft, readProtocolDraft, writeProtocolDraft } from './protocol-draft';

export const protocolDraftHandlers: HandlerMap<keyof typeof protocolDraftMethods> = {
  'protocol.draft.get': async (_input, ctx) => readProtocolDraft(ctx.requireWorkspace()),
  'protocol.draft.put': async (input, ctx) => writeProtocolDraft(ctx.requireWorkspace(), input),
  'protocol.draft.discard': async (_input, ctx) => ({
    discarded: await discardProtocolDraft(ctx.requireWorkspace()),
  }),
};
