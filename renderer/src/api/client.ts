import type { ApiResult, MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { EventName, EventPayload } from '../../../shared/api/events';
import { electronBridge } from './bridge';

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
    return language === 'en' ? this.en : this.nl;
  }
}

/**
 * The renderer's only way to the back end. It does not know or care which host it runs in:
 * in Electron it uses the preload bridge, in the browser host POST /api/<method> (the session
 * cookie carries the token) and server-sent events.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const bridge = electronBridge();
  let result: ApiResult<MethodOutput<M>>;
  if (bridge) {
    result = (await bridge.invoke(method, input)) as ApiResult<MethodOutput<M>>;
  } else {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(
        'offline',
        'Geen verbinding met Ketenbord. Draait het programma nog?',
        'No connection to Ketenbord. Is the program still running?',
      );
    }
    if (response.status === 401) {
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

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
let eventSource: EventSource | null = null;
const electronUnsubscribers = new Map<EventName, () => void>();

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
  for (const listener of listeners.get(event) ?? []) listener(payload);
}

function connect(event: EventName): void {
  const bridge = electronBridge();
  if (bridge) {
    electronUnsubscribers.set(
      event,
      bridge.subscribe(event, (payload) => deliver(event, payload)),
    );
    return;
  }
  if (!eventSource) eventSource = new EventSource('/api/events', { withCredentials: true });
  eventSource.addEventListener(event, (message) => {
    deliver(event, JSON.parse((message as MessageEvent<string>).data) as unknown);
  });
}
