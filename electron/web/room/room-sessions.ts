import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Participant, ParticipantRole } from '../../../shared/api/room-api';

export interface RoomSession {
  id: string;
  name: string;
  role: ParticipantRole;
  address: string;
  since: number;
  lastSeen: number;
}

/**
 * The room's sessions. The browser holds a random secret in an HttpOnly cookie; the room keeps
 * only its SHA-256, so nothing in memory or a crash dump lets someone else act as that colleague.
 * Ending a session forgets it at once: its next request finds nothing and gets 401.
 */
export class RoomSessions {
  private readonly byHash = new Map<string, RoomSession>();
  private readonly ended = new Set<string>();

  constructor(private readonly now: () => number) {}

  /** A new session; returns the secret for the cookie (never stored). */
  start(name: string, role: ParticipantRole, address: string): { token: string; session: RoomSession } {
    const token = randomBytes(32).toString('base64url');
    const at = this.now();
    const session: RoomSession = { id: randomUUID(), name, role, address, since: at, lastSeen: at };
    this.byHash.set(hash(token), session);
    return { token, session };
  }

  /** The live session of a cookie, marked as seen now; 'ended' when it was ended or left. */
  find(token: string | null): RoomSession | 'ended' | null {
    if (!token) return null;
    const key = hash(token);
    const session = this.byHash.get(key);
    if (!session) return this.ended.has(key) ? 'ended' : null;
    session.lastSeen = this.now();
    return session;
  }

  end(id: string): RoomSession | null {
    for (const [key, session] of this.byHash) {
      if (session.id !== id) continue;
      this.byHash.delete(key);
      this.ended.add(key);
      return session;
    }
    return null;
  }

  endAll(): RoomSession[] {
    const all = [...this.byHash.values()];
    this.byHash.clear();
    this.ended.clear();
    return all;
  }

  list(): Participant[] {
    return [...this.byHash.values()]
      .sort((a, b) => a.since - b.since)
      .map((s) => ({
        id: s.id,
        name: s.name,
        role: s.role,
        address: s.address,
        since: new Date(s.since).toISOString(),
        lastSeen: new Date(s.lastSeen).toISOString(),
      }));
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
