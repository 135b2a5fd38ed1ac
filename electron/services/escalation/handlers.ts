import type { escalationMethods } from '../../../shared/api/escalation-api';
import type { HandlerMap } from '../api/handler-types';
import { listConditions, markConditionMet } from './escalation-service';

export const escalationHandlers: HandlerMap<keyof typeof escalationMethods> = {
  'escalation.list': (input, ctx) => listConditions(ctx, input),
  'escalation.markMet': (input, ctx) => markConditionMet(ctx, input),
};
