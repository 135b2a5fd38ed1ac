import type { protocolMethods } from '../../../shared/api/protocol-api';
import type { HandlerMap } from '../api/handler-types';

export const protocolHandlers: HandlerMap<keyof typeof protocolMethods> = {};
