import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import { ApiError, call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';

export type ProjectedReplay = NonNullable<MethodOutput<'replay.projected'>>;

/**
 * The projector's side: the replay moment the operator put on the wall, or null for the live
 * board. Asks again whenever the back end says the moment moved (`replay.changed`).
 */
export function useProjectedReplay(): ProjectedReplay | null {
  const load = useCallback(() => call('replay.projected', {}), []);
  const { data } = useLiveCall(load, ['replay.changed', 'workspace.changed']);
  return data ?? null;
}

/**
 * The operator's side: while `on`, every moment the replay shows is put on the projector; turning
 * it off or leaving the page gives the projector back its live board.
 */
export function useProjectReplay(on: boolean, incidentId: string | null, at: string | null): ApiError | null {
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!on || !incidentId || !at) return;
    call('replay.project', { moment: { incidentId, at } })
      .then(() => setError(null))
      .catch((e: unknown) =>
        setError(e instanceof ApiError ? e : new ApiError('internal', String(e), String(e))),
      );
  }, [on, incidentId, at]);
  useEffect(() => {
    if (!on) return;
    // closing the tab or the window also gives the wall back: sent with keepalive so it survives the unload
    const release = () =>
      void call('replay.project', { moment: null }, { keepalive: true }).catch(() => undefined);
    window.addEventListener('pagehide', release);
    return () => {
      window.removeEventListener('pagehide', release);
      // a failure here leaves the projector on the last moment, still marked as a replay
      release();
    };
  }, [on]);
  return error;
}
