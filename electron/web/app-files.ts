import type http from 'node:http';
import { send } from './api-request';
import { SECURITY_HEADERS } from './security-headers';
import { readStaticFile } from './static-files';

/** Routes of the single-page app that a host answers with index.html. */
const APP_ROUTES = new Set(['/', '/index.html', '/board']);

/**
 * The app's own code, the same for everyone and holding no data, so it needs no token or session:
 * shared by the loopback browser host and the room.
 */
export async function serveAppFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  staticDir: string,
  pathname: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return;
  }
  const file = await readStaticFile(staticDir, APP_ROUTES.has(pathname) ? '/index.html' : pathname);
  if (!file) {
    send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden / not found');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.type,
    'Cache-Control': file.type.startsWith('text/html') ? 'no-store' : 'max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
