import { useCallback, useEffect, useState } from 'react';
import type { RoomStatus } from '../../../../shared/api/room-api';
import { type ApiError, call } from '../../api/client';
import { asApiError, useLiveCall } from '../../api/use-live-call';
import { useSubmit } from '../../hooks/use-submit';

/** Who is present changes without an event (last seen): while the room is open, ask again often. */
const REFRESH_MS = 5_000;
const NO_EVENTS = [] as const;
const loadStatus = () => call('room.status', {});

/**
 * The room's status for the operator's panel, with the last error in plain words. Reads go through
 * the one query hook; an action (open, renew, end a session, close) runs one at a time — a double
 * click does not renew the code twice — and the status is asked again after it.
 */
export function useRoomStatus(): {
  status: RoomStatus | null;
  problem: ApiError | null;
  run: (action: () => Promise<RoomStatus>) => Promise<void>;
} {
  const query = useLiveCall(loadStatus, NO_EVENTS);
  const [actionProblem, setActionProblem] = useState<ApiError | null>(null);
  const submit = useSubmit();
  const { reload } = query;

  const run = useCallback(
    async (action: () => Promise<RoomStatus>) => {
      await submit.run(async () => {
        try {
          await action();
          setActionProblem(null);
        } catch (error) {
          setActionProblem(asApiError(error));
        }
        reload();
      });
    },
    [reload, submit.run],
  );

  const open = query.data?.open ?? false;
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [open, reload]);

  return { status: query.data, problem: actionProblem ?? query.error, run };
}
