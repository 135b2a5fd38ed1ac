import type { MethodName } from '../../../shared/api/contract';
import { escalationHandlers } from '../escalation/handlers';
import { exerciseHandlers } from '../exercise/handlers';
import { incidentHandlers } from '../incident/handlers';
import { logHandlers } from '../log/handlers';
import { mediaHandlers } from '../media/handlers';
import { protocolDraftHandlers } from '../protocol/draft-handlers';
import { protocolHandlers } from '../protocol/handlers';
import { replayHandlers } from '../replay/handlers';
import { reportHandlers } from '../report/handlers';
import { roomHandlers } from '../room/handlers';
import { coreHandlers } from './core-handlers';
import type { HandlerMap } from './handler-types';

/** Every method of the contract has exactly one handler; the type makes a missing one a compile error. */
export const allHandlers: HandlerMap<MethodName> = {
  ...coreHandlers,
  ...protocolHandlers,
  ...protocolDraftHandlers,
  ...incidentHandlers,
  ...logHandlers,
  ...reportHandlers,
  ...roomHandlers,
  ...exerciseHandlers,
  ...mediaHandlers,
  ...escalationHandlers,
  ...replayHandlers,
};
