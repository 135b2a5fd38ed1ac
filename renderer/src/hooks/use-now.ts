import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * One clock for the whole page, ticking on the second. Every component that shows time subscribes
 * to it, and only those re-render each second (the matrix does not): one timer, one React commit.
 */
const subscribers = new Set<() => void>();
let now = new Date();
let timer: number | null = null;

function tick(): void {
  now = new Date();
  for (const notify of subscribers) notify();
  timer = window.setTimeout(tick, 1000 - (Date.now() % 1000));
}

function subscribe(notify: () => void): () => void {
  subscribers.add(notify);
  if (timer === null) {
    now = new Date();
    timer = window.setTimeout(tick, 1000 - (Date.now() % 1000));
  }
  return () => {
    subscribers.delete(notify);
    if (subscribers.size === 0 && timer !== null) {
      window.clearTimeout(timer);
      timer = null;
    }
  };
}

/**
 * Replay shows the board as it stood at a past moment: inside this provider every clock reads that
 * moment instead of the ticking one (and does not tick).
 */
export const FixedNow = createContext<Date | null>(null);

const noSubscription = () => () => {};

/** The current time, refreshed every second on the second, for the clocks (or replay's moment). */
export function useNow(): Date {
  const fixed = useContext(FixedNow);
  return useSyncExternalStore(fixed ? noSubscription : subscribe, () => fixed ?? now);
}
