import type { Role } from '../../shared/api/roles';

/**
 * Which role an IPC call has, from the window that sent it (never from anything the page says).
 * Only the control window is the operator; any other sender — the projector window, or a window
 * that should not exist — gets the narrowest role. Pure, so it is tested without Electron.
 */
export function roleOfSender(senderId: number, controlWindowId: number | null): Role {
  return controlWindowId !== null && senderId === controlWindowId ? 'operator' : 'projector';
}
