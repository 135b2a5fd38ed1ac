import { z } from 'zod';

/**
 * Server-to-renderer notifications. Payloads stay small: they say what changed, the renderer asks
 * for the new state through the normal methods. Both hosts deliver them (IPC send / SSE).
 */
export const apiEvents = {
  'workspace.changed': z.object({}),
  'settings.changed': z.object({}),
  'protocol.changed': z.object({}),
  'incidents.changed': z.object({ incidentId: z.string().optional() }),
  'log.appended': z.object({ incidentId: z.string(), seq: z.number().int() }),
  /** the exercise leader's view changed (an inject fired, the clock was paused …) */
  'exercise.changed': z.object({ incidentId: z.string() }),
};
export type ApiEvents = typeof apiEvents;
export type EventName = keyof ApiEvents;
export type EventPayload<E extends EventName> = z.output<ApiEvents[E]>;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(apiEvents, name);
}
