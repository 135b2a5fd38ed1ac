import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardState } from '../../../../shared/board/board-state';
import { ApiError, call, on } from '../../api/client';

export interface BoardStateResult {
  state: BoardState | null;
  error: ApiError | null;
  reload: () => void;
}

/**
 * The board's data, kept live: any new log line, incident change or protocol edit makes it ask
 * again. Answers that arrive out of order are dropped, so a slow reply never overwrites a newer one.
 */
export function useBoardState(options: {
  incidentId?: string | undefined;
  operator: boolean;
}): BoardStateResult {
  const [state, setState] = useState<BoardState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const request = useRef(0);
  const { incidentId, operator } = options;

  const reload = useCallback(() => {
    const mine = ++request.current;
    call('board.state', { ...(incidentId ? { incidentId } : {}), operator })
      .then((next) => {
        if (mine !== request.current) return;
        setState(next);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine !== request.current) return;
        setError(e instanceof ApiError ? e : new ApiError('internal', String(e), String(e)));
      });
  }, [incidentId, operator]);

  useEffect(() => {
    reload();
    const offs = [
      on('log.appended', reload),
      on('incidents.changed', reload),
      on('protocol.changed', reload),
      on('workspace.changed', reload),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [reload]);

  return { state, error, reload };
}
