import type { Role } from '../../../shared/api/roles';

/**
 * Who a call comes from, as the host established it: Electron from the window that sent it, the
 * browser host from the token on the request. Handlers read it to decide what to send back.
 */
export interface Caller {
  role: Role;
  /**
   * The browser host's link for a projector (with a projector token), when the caller's host can
   * hand one out. Electron opens its own projector window instead (host.projector).
   */
  projectorUrl?: () => string;
}

/** In-process callers (tests, the bench) act as the operator; the hosts always say who calls. */
export const IN_PROCESS_CALLER: Caller = { role: 'operator' };
