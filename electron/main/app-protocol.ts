import path from 'node:path';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../web/security-headers';
import { readStaticFile } from '../web/static-files';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://ketenbord`;

/** Must run before app.ready: the renderer is served as a secure, standard origin, not file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves out/renderer under app://ketenbord/, refusing any path that leaves that folder. */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'ketenbord') return new Response('Not found', { status: 404 });
    const file = await readStaticFile(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.type },
    });
  });
}

export function rendererUrl(hash = ''): string {
  return `${APP_ORIGIN}/index.html${hash}`;
}

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === 'ketenbord';
  } catch {
    return false;
  }
}

export const rendererDirFrom = (mainDir: string): string => path.join(mainDir, '..', 'renderer');
