import { useEffect, useSyncExternalStore } from 'react';
import { on } from './client';
import { type ConnectionState, connection } from './connection';

/**
 * Whether this page still hears from its host. Listening to the heartbeat also makes sure the
 * event stream is open, even on a page that listens to nothing else.
 */
export function useConnection(): ConnectionState {
  useEffect(() => on('host.heartbeat', () => undefined), []);
  return useSyncExternalStore(connection.subscribe, connection.get);
}
