import { useCallback, useEffect, useState } from 'react';
import type { RoomStatus } from '../../../../shared/api/room-api';
import { ApiError, call } from '../../api/client';

/** Who is present changes without an event (last seen): while the room is open, ask again often. */
const REFRESH_MS = 5_000;

/** The room's status for the operator's panel, with the last error in plain words. */
export function useRoomStatus(): {
  status: RoomStatus | null;
  problem: ApiError | null;
  run: (action: () => Promise<RoomStatus>) => Promise<void>;
} {
  const [status, setStatus] = useState<RoomStatus | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const run = useCallback(async (action: () => Promise<RoomStatus>) => {
    try {
      setStatus(await action());
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError('internal', String(error), String(error)));
    }
  }, []);

  useEffect(() => {
    void run(() => call('room.status', {}));
  }, [run]);

  const open = status?.open ?? false;
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => void run(() => call('room.status', {})), REFRESH_MS);
    return () => clearInterval(timer);
  }, [open, run]);

  return { status, problem, run };
}
