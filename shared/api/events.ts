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
  /** the host is alive; sent by the host itself every HEARTBEAT_INTERVAL_MS, never by the bus */
  'host.heartbeat': z.object({ at: z.string() }),
  /** the exercise leader's view changed (an inject fired, the clock was paused …) */
  'exercise.changed': z.object({ incidentId: z.string() }),
  /** the replay moment on the projector moved, started or stopped (issue 16) */
  'replay.changed': z.object({}),
};

/** How often each host sends host.heartbeat. */
export const HEARTBEAT_INTERVAL_MS = 1_500;
/**
 * Without any event from the host for this long, the page says it is no longer up to date. The
 * page cannot know when the host stopped, only when it last heard from it: with 4.5 s after the
 * last beat the banner is up within 5 s of the stop, wherever in the beat the stop falls, and three
 * beats must go missing before it shows.
 */
export const STALE_AFTER_MS = 4_500;

export function heartbeatPayload(): EventPayload<'host.heartbeat'> {
  return { at: new Date().toISOString() };
}
export type ApiEvents = typeof apiEvents;
export type EventName = keyof ApiEvents;
export type EventPayload<E extends EventName> = z.output<ApiEvents[E]>;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(apiEvents, name);
}
