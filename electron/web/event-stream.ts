import type http from 'node:http';
import { HEARTBEAT_INTERVAL_MS, heartbeatPayload, isEventName } from '../../shared/api/events';
import type { AppContext } from '../services/app-context';
import { SECURITY_HEADERS } from './security-headers';

/**
 * How often the host says it is alive. The page calls itself stale after STALE_AFTER_MS (shared)
 * without a word from the host, so a beat must come well within that: three chances in five
 * seconds. It also keeps proxies and sleeping laptops from dropping a quiet connection.
 */
export const HEARTBEAT_MS = HEARTBEAT_INTERVAL_MS;

/**
 * Server-sent events for one authenticated request (GET /api/events with the token header; the
 * page reads it with fetch, since EventSource cannot send a header). Every event of the back end
 * goes out as `event: <name>` / `data: <json>`; payloads say what changed, never the data itself.
 */
export function openEventStream(res: http.ServerResponse, ctx: AppContext): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': verbonden\n\n');
  const unsubscribe = ctx.events.subscribe((name, payload) => {
    if (isEventName(name)) res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // a real event, not a comment line: the page's reader and the Electron bridge see it alike
  const beat = () => res.write(`event: host.heartbeat\ndata: ${JSON.stringify(heartbeatPayload())}\n\n`);
  beat();
  const heartbeat = setInterval(beat, HEARTBEAT_MS);
  // the response closes when the page goes away or the connection drops
  res.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
