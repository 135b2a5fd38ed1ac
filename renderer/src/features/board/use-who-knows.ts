import { useCallback } from 'react';
import type { EventName } from '../../../../shared/api/events';
import type { KnowledgeRow } from '../../../../shared/verdicts/who-knows';
import { type ApiError, call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';

const EVENTS: readonly EventName[] = ['log.appended', 'incidents.changed', 'protocol.changed'];

/** "Who knows what" for an incident, kept live as the log grows. */
export function useWhoKnows(incidentId: string): { rows: KnowledgeRow[] | null; error: ApiError | null } {
  const load = useCallback(async () => (await call('board.whoKnows', { incidentId })).rows, [incidentId]);
  const { data, error } = useLiveCall(load, EVENTS);
  return { rows: data, error };
}
