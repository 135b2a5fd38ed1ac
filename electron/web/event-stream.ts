import type http from 'node:http';
import { isEventName } from '../../shared/api/events';
import type { AppContext } from '../services/app-context';
import { SECURITY_HEADERS } from './security-headers';

/** Proxies and sleeping laptops drop quiet connections; a comment line now and then keeps it open. */
const HEARTBEAT_MS = 15_000;

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
  const heartbeat = setInterval(() => res.write(': hartslag\n\n'), HEARTBEAT_MS);
  // the response closes when the page goes away or the connection drops
  res.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
