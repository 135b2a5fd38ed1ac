import type { ParticipantRole, RoomStatus } from '../../../shared/api/room-api';
import { AppError } from '../../../shared/errors/app-error';
import type { AppContext } from '../app-context';

/**
 * The room (issue 15) as the API handlers see it. The HTTPS host lives in electron/web/room and
 * is attached by whoever runs the back end (Electron main, `ketenbord serve`), so the services
 * never import a server and the room.* methods work the same over IPC and HTTP.
 */
export interface RoomControl {
  status(): Promise<RoomStatus>;
  open(options: { bind?: string[] | undefined; port?: number | undefined }): Promise<RoomStatus>;
  close(): Promise<RoomStatus>;
  renewCode(): Promise<RoomStatus>;
  endSession(id: string): Promise<RoomStatus>;
  /** Checks the code and the attempt limits; a new session and the secret for its cookie. */
  join(
    input: { code: string; name: string; role: ParticipantRole },
    address: string,
  ): Promise<{ token: string; name: string; role: ParticipantRole }>;
  leave(sessionId: string): Promise<boolean>;
  /** The participant behind a session id, or null once it has ended. */
  participant(sessionId: string): { name: string; role: ParticipantRole } | null;
}

const rooms = new WeakMap<AppContext, RoomControl>();

export function attachRoom(ctx: AppContext, room: RoomControl): void {
  rooms.set(ctx, room);
}

export function roomOf(ctx: AppContext): RoomControl | null {
  return rooms.get(ctx) ?? null;
}

export function requireRoom(ctx: AppContext): RoomControl {
  const room = roomOf(ctx);
  if (!room) {
    throw new AppError('room.unavailable', {
      nl: 'Een crisiskamer kan hier niet worden geopend.',
      en: 'A crisis room cannot be opened here.',
    });
  }
  return room;
}

/** What room.status answers when no room can be opened on this host. */
export const NO_ROOM: RoomStatus = {
  open: false,
  available: false,
  urls: [],
  qrSvg: null,
  code: null,
  codeExpiresAt: null,
  fingerprint: null,
  participants: [],
  idleClosesAt: null,
};
