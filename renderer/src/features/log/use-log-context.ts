import { useCallback, useEffect, useState } from 'react';
import type { LogContact, LogIncident } from '../../../../shared/api/log-api';
import { call, on } from '../../api/client';

export interface LogContext {
  incidents: LogIncident[] | null;
  incidentId: string | null;
  select(id: string): void;
  contacts: LogContact[];
  channels: string[];
  error: unknown;
}

/** Which incidents exist (the most recent open one by default) and the protocol's contacts. */
export function useLogContext(): LogContext {
  const [incidents, setIncidents] = useState<LogIncident[] | null>(null);
  const [incidentId, setIncidentId] = useState<string | null>(null);
  const [contacts, setContacts] = useState<LogContact[]>([]);
  const [channels, setChannels] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  const loadIncidents = useCallback(async () => {
    try {
      const result = await call('log.incidents', {});
      setIncidents(result.incidents);
      // keep the operator's choice while it still exists; otherwise the default
      setIncidentId((current) =>
        current && result.incidents.some((i) => i.id === current) ? current : result.defaultId,
      );
    } catch (e) {
      setError(e);
    }
  }, []);

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

  return { incidents, incidentId, select: setIncidentId, contacts, channels, error };
}
