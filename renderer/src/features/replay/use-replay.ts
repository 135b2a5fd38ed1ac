import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import { ApiError, call } from '../../api/client';

export type ReplayState = MethodOutput<'replay.state'>;

/**
 * The board at a moment of an incident. Asks the back end for each moment; while an answer is on
 * its way the newest wish wins, so dragging the slider never shows an older moment last.
 */
export function useReplay(incidentId: string | null, at: number | null) {
  const [data, setData] = useState<ReplayState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const request = useRef(0);
  useEffect(() => {
    if (!incidentId) return;
    const mine = ++request.current;
    call('replay.state', { incidentId, ...(at === null ? {} : { at: new Date(at).toISOString() }) })
      .then((next) => {
        if (mine !== request.current) return;
        setData(next);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine === request.current)
          setError(e instanceof ApiError ? e : new ApiError('internal', String(e), String(e)));
      });
  }, [incidentId, at]);
  return { data, error };
}

/** Plays the replay: moves `at` on at `speed` times real time until the end; returns the stopper. */
export function usePlayback(
  playing: boolean,
  speed: number,
  end: number | null,
  setAt: (update: (at: number | null) => number | null) => void,
  onEnd: () => void,
): void {
  const TICK_MS = 250;
  useEffect(() => {
    if (!playing || end === null) return;
    const timer = window.setInterval(() => {
      setAt((at) => {
        const next = Math.min((at ?? end) + TICK_MS * speed, end);
        if (next >= end) onEnd();
        return next;
      });
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [playing, speed, end, setAt, onEnd]);
}
