import type { reportMethods } from '../../../shared/api/report-api';
import type { HandlerMap } from '../api/handler-types';

export const reportHandlers: HandlerMap<keyof typeof reportMethods> = {};
