import type { incidentMethods } from '../../../shared/api/incident-api';
import type { HandlerMap } from '../api/handler-types';

export const incidentHandlers: HandlerMap<keyof typeof incidentMethods> = {};
