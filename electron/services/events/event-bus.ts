import type { EventName, EventPayload } from '../../../shared/api/events';

type Listener = (name: EventName, payload: unknown) => void;

/** Fans service events out to every connected window or browser tab. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // one broken subscriber (a closed window) must not stop the others
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
