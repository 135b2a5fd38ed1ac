import { useCallback, useEffect, useRef, useState } from 'react';
import type { KnowledgeRow } from '../../../../shared/verdicts/who-knows';
import { ApiError, call, on } from '../../api/client';

/** "Who knows what" for an incident, kept live as the log grows; late answers are dropped. */
export function useWhoKnows(incidentId: string): { rows: KnowledgeRow[] | null; error: ApiError | null } {
  const [rows, setRows] = useState<KnowledgeRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const request = useRef(0);
  const reload = useCallback(() => {
    const mine = ++request.current;
    call('board.whoKnows', { incidentId })
      .then((answer) => {
        if (mine !== request.current) return;
        setRows(answer.rows);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine === request.current)
          setError(e instanceof ApiError ? e : new ApiError('internal', String(e), String(e)));
      });
  }, [incidentId]);
  useEffect(() => {
    reload();
    const offs = [
      on('log.appended', reload),
      on('incidents.changed', reload),
      on('protocol.changed', reload),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [reload]);
  return { rows, error };
}
