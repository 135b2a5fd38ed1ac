/**
 * The browser host's token, kept in sessionStorage: it belongs to this origin (host and port) and
 * this tab alone, so no other server on 127.0.0.1 ever receives it (a cookie would go to all of
 * them) and several Ketenbord hosts side by side keep their own. It is sent only as the
 * x-ketenbord-token header, by our own script. A tab opened from this one with window.open starts
 * with a copy; the projector link carries its own token, which replaces the copy.
 */
const KEY = 'ketenbord.token';
export const TOKEN_HEADER = 'x-ketenbord-token';

/** When sessionStorage is unavailable (a locked-down browser), the token lives as long as the page. */
let inMemory: string | null = null;

/**
 * Takes ?token= from the address the user opened (the printed link, or the projector link) and
 * removes it from the address bar and the history entry, so it is not on screen or in a bookmark.
 * Call once at start, before the first API call.
 */
export function adoptTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const given = url.searchParams.get('token');
  if (given === null) return;
  inMemory = given;
  try {
    sessionStorage.setItem(KEY, given);
  } catch {
    // private mode or storage disabled: keep it in memory only
  }
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

export function currentToken(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? inMemory;
  } catch {
    return inMemory;
  }
}

/** The header every request to the browser host carries; empty when there is no token. */
export function authHeaders(): Record<string, string> {
  const token = currentToken();
  return token === null ? {} : { [TOKEN_HEADER]: token };
}
