import { useCallback } from 'react';
import type { EventName } from '../../../../shared/api/events';
import type { BoardState } from '../../../../shared/board/board-state';
import { type ApiError, call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';

export interface BoardStateResult {
  state: BoardState | null;
  error: ApiError | null;
  reload: () => void;
}

const BOARD_EVENTS: readonly EventName[] = [
  'log.appended',
  'incidents.changed',
  'protocol.changed',
  'workspace.changed',
];

/** The board's data, kept live: any new log line, incident change or protocol edit makes it ask again. */
export function useBoardState(options: {
  incidentId?: string | undefined;
  operator: boolean;
}): BoardStateResult {
  const { incidentId, operator } = options;
  const load = useCallback(
    () => call('board.state', { ...(incidentId ? { incidentId } : {}), operator }),
    [incidentId, operator],
  );
  const { data, error, reload } = useLiveCall(load, BOARD_EVENTS);
  return { state: data, error, reload };
}
