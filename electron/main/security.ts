import { type Session, shell, type WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { isSafeExternalUrl } from './external-urls';

/**
 * Every guard on web contents in one place (DESIGN.md §9, after Actual Budget and Signal):
 * no navigation away from the app, no new windows, no permissions, no webviews.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openIfSafe(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // mailto:, tel: and vetted https: links open in the user's own programs; nothing opens here
    openIfSafe(url);
    return { action: 'deny' };
  });
}

/** Ketenbord needs no camera, microphone, location, notifications or anything else: deny all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

function openIfSafe(url: string): void {
  if (!isAppUrl(url) && isSafeExternalUrl(url)) void shell.openExternal(url);
}
