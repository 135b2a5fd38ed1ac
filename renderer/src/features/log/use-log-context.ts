import { useCallback, useEffect, useState } from 'react';
import type { LogContact, LogIncident } from '../../../../shared/api/log-api';
import type { UnreadableIncident } from '../../../../shared/api/workspace-api';
import { call, on } from '../../api/client';
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
export function useLogContext(): LogContext {
  const wanted = useRoute().rest[0] ?? null;
  const [incidents, setIncidents] = useState<LogIncident[] | null>(null);
  const [unreadable, setUnreadable] = useState<UnreadableIncident[]>([]);
  const [incidentId, setIncidentId] = useState<string | null>(null);
  const [contacts, setContacts] = useState<LogContact[]>([]);
  const [channels, setChannels] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  const loadIncidents = useCallback(async () => {
    try {
      const result = await call('log.incidents', {});
      setIncidents(result.incidents);
      setUnreadable(result.unreadable ?? []);
      const exists = (id: string | null) =>
        id !== null &&
        (result.incidents.some((i) => i.id === id) || (result.unreadable ?? []).some((u) => u.id === id));
      // keep the operator's choice while it still exists; otherwise the one asked for, or the default
      setIncidentId((current) => (exists(current) ? current : exists(wanted) ? wanted : result.defaultId));
    } catch (e) {
      setError(e);
    }
  }, [wanted]);

  useEffect(() => {
    void loadIncidents();
    const loadContacts = () =>
      void call('log.contacts', {})
        .then((c) => {
          setContacts(c.contacts);
          setChannels(c.channels);
        })
        .catch(() => undefined); // drafting still works without contacts
    loadContacts();
    const offs = [
      on('incidents.changed', () => void loadIncidents()),
      on('workspace.changed', () => void loadIncidents()),
      on('protocol.changed', loadContacts),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [loadIncidents]);

  return { incidents, unreadable, incidentId, select: setIncidentId, contacts, channels, error };
}
