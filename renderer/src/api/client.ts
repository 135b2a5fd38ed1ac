import type { ApiResult, MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { type EventName, type EventPayload, isEventName } from '../../../shared/api/events';
import { byLocale } from '../../../shared/i18n/locale';
import { electronBridge } from './bridge';
import { connection } from './connection';
import { type EventStream, openEventStream } from './event-stream';
import { authHeaders } from './token';

/** An error from the back end, with its text in both languages. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly nl: string,
    readonly en: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(nl);
    this.name = 'ApiError';
  }

  text(language: string): string {
    return byLocale(language, { nl: this.nl, en: this.en });
  }
}

export interface CallOptions {
  /** finish the request even when the page unloads (a draft sent on a reload); HTTP only */
  keepalive?: boolean;
}
/** bytes; Chromium refuses keepalive requests whose bodies together exceed 64 KiB */
const KEEPALIVE_LIMIT = 60_000;

/**
 * The renderer's only way to the back end. It does not know or care which host it runs in:
 * in Electron it uses the preload bridge, in the browser host POST /api/<method> and server-sent
 * events, each with the token header (token.ts).
 */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: CallOptions = {},
): Promise<MethodOutput<M>> {
  const bridge = electronBridge();
  let result: ApiResult<MethodOutput<M>>;
  if (bridge) {
    result = (await bridge.invoke(method, input)) as ApiResult<MethodOutput<M>>;
  } else {
    let response: Response;
    try {
      const body = JSON.stringify(input);
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...authHeaders() },
        body,
        // the browser caps keepalive bodies at 64 KB: a larger one goes as a normal request
        ...(options.keepalive && body.length < KEEPALIVE_LIMIT ? { keepalive: true } : {}),
      });
    } catch {
      throw new ApiError(
        'offline',
        'Geen verbinding met Ketenbord. Draait het programma nog?',
        'No connection to Ketenbord. Is the program still running?',
      );
    }
    if (response.status === 401) {
      // the room says why in JSON (not joined yet, or the session was ended): the page shows the
      // join screen for those; the loopback host answers in plain text
      const room = await roomRefusal(response);
      if (room) throw room;
      throw new ApiError(
        'unauthorised',
        'Geen toegang: open Ketenbord opnieuw via de link met token uit het terminalvenster.',
        'No access: open Ketenbord again through the link with the token from the terminal.',
      );
    }
    result = (await response.json()) as ApiResult<MethodOutput<M>>;
  }
  if (!result.ok)
    throw new ApiError(result.error.code, result.error.nl, result.error.en, result.error.details);
  return result.result;
}

/** A room's 401 (room.noSession, room.sessionEnded) as an ApiError, or null for any other 401. */
async function roomRefusal(response: Response): Promise<ApiError | null> {
  try {
    const body = (await response.json()) as ApiResult<unknown>;
    if (!body.ok && body.error.code.startsWith('room.')) {
      return new ApiError(body.error.code, body.error.nl, body.error.en);
    }
  } catch {
    // plain text: not the room
  }
  return null;
}

/** Whether an error means this browser is in the room but has (no longer) a session. */
export function isRoomRefusal(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'room.noSession' || error.code === 'room.sessionEnded');
}

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
let eventStream: EventStream | null = null;
const electronUnsubscribers = new Map<EventName, () => void>();

/**
 * Events that only say "something changed": after the stream was down, each is delivered once so
 * every view refetches what it may have missed. (log.appended names an entry, so it is not faked.)
 */
const RESYNC_EVENTS = [
  'workspace.changed',
  'settings.changed',
  'protocol.changed',
  'incidents.changed',
] as const;

/** Subscribe to a back-end event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void {
  let set = listeners.get(event);
  if (!set) {
    set = new Set();
    listeners.set(event, set);
    connect(event);
  }
  const listener = callback as Listener;
  set.add(listener);
  return () => set.delete(listener);
}

function deliver(event: EventName, payload: unknown): void {
  // whatever arrives, the host is there: the heartbeat only matters when nothing else comes
  connection.alive();
  for (const listener of listeners.get(event) ?? []) listener(payload);
}

function connect(event: EventName): void {
  connection.start();
  const bridge = electronBridge();
  if (bridge) {
    electronUnsubscribers.set(
      event,
      bridge.subscribe(event, (payload) => deliver(event, payload)),
    );
    return;
  }
  if (eventStream) return;
  eventStream = openEventStream({
    url: '/api/events',
    headers: authHeaders,
    onEvent: (name, payload) => {
      if (isEventName(name)) deliver(name, payload);
    },
    onOpen: (reconnected) => {
      if (reconnected) for (const name of RESYNC_EVENTS) deliver(name, {});
    },
  });
}
