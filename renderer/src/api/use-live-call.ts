import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName } from '../../../shared/api/events';
import { ApiError, on } from './client';

export interface LiveCall<T> {
  data: T | null;
  error: ApiError | null;
  reload: () => void;
}

/**
 * One answer from the back end, kept live: it asks again on each of `events`. Answers that arrive
 * out of order are dropped, so a slow reply never overwrites a newer one. `load` must be stable
 * (useCallback): a new `load` asks again.
 */
export function useLiveCall<T>(load: () => Promise<T>, events: readonly EventName[]): LiveCall<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const request = useRef(0);
  const reload = useCallback(() => {
    const mine = ++request.current;
    load()
      .then((next) => {
        if (mine !== request.current) return;
        setData(next);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine !== request.current) return;
        setError(e instanceof ApiError ? e : new ApiError('internal', String(e), String(e)));
      });
  }, [load]);
  const eventKey = events.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the event list is compared by its names
  useEffect(() => {
    reload();
    const offs = events.map((name) => on(name, reload));
    return () => {
      for (const off of offs) off();
    };
  }, [reload, eventKey]);
  return { data, error, reload };
}
