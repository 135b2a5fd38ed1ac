import { useCallback, useEffect } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';

export type ReplayState = MethodOutput<'replay.state'>;

/**
 * The board at a moment of an incident. Asks the back end for each moment; while an answer is on
 * its way the newest wish wins (the one query hook drops older answers), so dragging the slider
 * never shows an older moment last.
 */
export function useReplay(incidentId: string | null, at: number | null) {
  const load = useCallback(
    () =>
      call('replay.state', {
        incidentId: incidentId ?? '',
        ...(at === null ? {} : { at: new Date(at).toISOString() }),
      }),
    [incidentId, at],
  );
  // a past moment does not change: nothing to listen for
  const { data, error } = useLiveCall(incidentId ? load : null, NO_EVENTS);
  return { data, error };
}

const NO_EVENTS = [] as const;

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
