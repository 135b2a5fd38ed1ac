import { useRef, useState } from 'react';
import type { LogContact, LogIncident } from '../../../../shared/api/log-api';
import type { UnreadableIncident } from '../../../../shared/api/workspace-api';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { useRoute } from '../../app/routes';

export interface LogContext {
  incidents: LogIncident[] | null;
  /** incidents whose file cannot be read: their logs can still be read here */
  unreadable: UnreadableIncident[];
  incidentId: string | null;
  select(id: string): void;
  contacts: LogContact[];
  channels: string[];
  error: unknown;
}

/**
 * Which incidents exist (the one in the address, #/log/<id>, or else the most recent open one) and
 * the protocol's contacts.
 */
const loadIncidents = () => call('log.incidents', {});
const loadContacts = () => call('log.contacts', {});
const INCIDENT_EVENTS = ['incidents.changed', 'workspace.changed'] as const;
const PROTOCOL_EVENTS = ['protocol.changed', 'workspace.changed'] as const;

export function useLogContext(): LogContext {
  const wanted = useRoute().rest[0] ?? null;
  const list = useLiveCall(loadIncidents, INCIDENT_EVENTS);
  // drafting still works without contacts: their error is not shown
  const protocol = useLiveCall(loadContacts, PROTOCOL_EVENTS);
  const [chosen, select] = useState<string | null>(null);

  const result = list.data;
  const unreadable = result?.unreadable ?? EMPTY;
  const exists = (id: string | null) =>
    id !== null &&
    result !== null &&
    (result.incidents.some((i) => i.id === id) || unreadable.some((u) => u.id === id));
  // keep the incident shown (the operator's choice, or what was shown before) while it still exists;
  // otherwise the one asked for in the address, or the default
  const shown = useRef<string | null>(null);
  const current = chosen ?? shown.current;
  const incidentId =
    result === null ? current : exists(current) ? current : exists(wanted) ? wanted : result.defaultId;
  shown.current = incidentId;

  return {
    incidents: result?.incidents ?? null,
    unreadable,
    incidentId,
    select,
    contacts: protocol.data?.contacts ?? [],
    channels: protocol.data?.channels ?? [],
    error: list.error,
  };
}

const EMPTY: UnreadableIncident[] = [];
