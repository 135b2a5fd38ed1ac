import type { Role } from '../../../shared/api/roles';

/**
 * Who a call comes from, as the host established it: Electron from the window that sent it, the
 * browser host from the token on the request, the room from the session cookie. Handlers read it
 * to decide what to send back.
 */
export interface Caller {
  role: Role;
  /**
   * The browser host's link for a projector (with a projector token), when the caller's host can
   * hand one out. Electron opens its own projector window instead (host.projector).
   */
  projectorUrl?: () => string;
  /**
   * A room participant: the name given at joining, which dispatch puts as the author of whatever
   * the session writes (never a name in the request), and the session's id.
   */
  session?: { id: string; name: string };
  /** A room visitor: the address the request came from (for the join rate limit and the journal). */
  remoteAddress?: string;
  /** The room host's way to hand a new session to the visitor (as a cookie) after room.join. */
  grantSession?: (token: string) => void;
}

/** In-process callers (tests, the bench) act as the operator; the hosts always say who calls. */
export const IN_PROCESS_CALLER: Caller = { role: 'operator' };
