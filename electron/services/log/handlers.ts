import type { logMethods } from '../../../shared/api/log-api';
import type { HandlerMap } from '../api/handler-types';

export const logHandlers: HandlerMap<keyof typeof logMethods> = {};
