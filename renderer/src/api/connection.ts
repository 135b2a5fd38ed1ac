import { STALE_AFTER_MS } from '../../../shared/api/events';

/**
 * Is the page still hearing from its host? Every event that arrives (the host's heartbeat comes
 * every 1.5 s) counts as a sign of life; after STALE_AFTER_MS without one the page is stale and
 * says since when. No DOM and no React here, so the unit tests drive it with their own clock.
 */
export interface ConnectionState {
  live: boolean;
  /** the last moment the host was heard from, when not live (epoch ms) */
  staleSince: number | null;
}

export interface ConnectionWatch {
  /** a sign of life from the host */
  alive(at?: number): void;
  /** start waiting for the first sign of life (the stream was just opened) */
  start(at?: number): void;
  get(): ConnectionState;
  subscribe(listener: () => void): () => void;
}

export function createConnectionWatch(
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): ConnectionWatch {
  let state: ConnectionState = { live: true, staleSince: null };
  let lastSeen = Date.now();
  let timer: unknown = null;
  let started = false;
  const listeners = new Set<() => void>();
  const set = (next: ConnectionState) => {
    if (next.live === state.live && next.staleSince === state.staleSince) return;
    state = next;
    for (const listener of listeners) listener();
  };
  const arm = () => {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => set({ live: false, staleSince: lastSeen }), STALE_AFTER_MS);
  };
  return {
    alive(at = Date.now()) {
      lastSeen = at;
      started = true;
      set({ live: true, staleSince: null });
      arm();
    },
    start(at = Date.now()) {
      if (started) return;
      started = true;
      lastSeen = at;
      arm();
    },
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's one watch, fed by the API client (client.ts). */
export const connection = createConnectionWatch();
