import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName } from '../../../shared/api/events';
import { ApiError, on } from './client';

export interface LiveCall<T> {
  /** the newest answer; kept while a new one is on its way, so a refetch never blanks a screen */
  data: T | null;
  /** why the newest question failed; cleared by the next answer */
  error: ApiError | null;
  /** asked, and neither an answer nor an error yet: the only state in which a screen says "loading" */
  loading: boolean;
  reload: () => void;
}

/** Anything thrown becomes an ApiError, so every screen can show it in both languages. */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('internal', String(e), String(e));
}

/**
 * The renderer's one way to read from the back end: one answer, kept live. It asks again on each
 * of `events` (the event stream is the only invalidation: nothing polls, nothing refetches on
 * focus). Answers that arrive out of order are dropped, so a slow reply never overwrites a newer
 * one; a failure is kept as `error`, so no screen waits forever. `load` must be stable
 * (useCallback): a new `load` asks again; `null` asks nothing (no workspace, no incident chosen).
 *
 * A form seeded from this must seed once and compare later answers with its seed (use-seeded.ts):
 * an answer never overwrites what the user typed.
 */
export function useLiveCall<T>(load: (() => Promise<T>) | null, events: readonly EventName[]): LiveCall<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(load !== null);
  const request = useRef(0);
  const reload = useCallback(() => {
    const mine = ++request.current;
    if (!load) {
      setData(null);
      setError(null);
      setPending(false);
      return;
    }
    setPending(true);
    load()
      .then((next) => {
        if (mine !== request.current) return;
        setData(next);
        setError(null);
        setPending(false);
      })
      .catch((e: unknown) => {
        if (mine !== request.current) return;
        setError(asApiError(e));
        setPending(false);
      });
  }, [load]);
  const eventKey = events.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the event list is compared by its names
  useEffect(() => {
    reload();
    if (!load) return;
    const offs = events.map((name) => on(name, reload));
    return () => {
      // an answer for a question asked before this effect was torn down is out of date too
      request.current++;
      for (const off of offs) off();
    };
  }, [reload, eventKey]);
  return { data, error, loading: pending && data === null && error === null, reload };
}
