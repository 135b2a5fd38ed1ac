import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ParticipantRole } from '../../../shared/api/room-api';
import { fsyncDirectory } from '../../services/storage/durable-write';

/** The room journal's file inside the workspace. */
export const ROOM_JOURNAL_FILE = 'room-journal.jsonl';

export type RoomCloseReason = 'operator' | 'idle' | 'quit' | 'workspace';

export type RoomJournalEvent =
  | { event: 'opened'; urls: string[]; fingerprint: string }
  | { event: 'closed'; reason: RoomCloseReason }
  | { event: 'codeRenewed' }
  | {
      event: 'joined' | 'left' | 'ended';
      sessionId: string;
      name: string;
      role: ParticipantRole;
      address: string;
    }
  | { event: 'wrongCode' | 'expiredCode' | 'tooManyAttempts'; address: string };

/**
 * Who was in the room, and when, is part of the story of an incident (issue 15), so it is kept in
 * the workspace beside the incidents, one JSON line per event, appended and fsynced. It is its own
 * file rather than lines in an incident's log: the room is open across incidents (or before there
 * is one), and the incident log is the record of communication that the matrix judges; joins and
 * wrong codes would be noise there. Appends are queued so lines never interleave.
 */
export class RoomJournal {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: () => string,
    private readonly now: () => number,
  ) {}

  record(entry: RoomJournalEvent): Promise<void> {
    const line = `${JSON.stringify({ at: new Date(this.now()).toISOString(), ...entry })}\n`;
    const next = this.queue.then(() => appendDurably(this.file(), line));
    // one failed append must not stop the ones after it; the caller still sees its own failure
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Waits for every queued line. */
  flush(): Promise<void> {
    return this.queue;
  }
}

async function appendDurably(file: string, line: string): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  let created = false;
  try {
    created = (await handle.stat()).size === 0;
    await handle.appendFile(line, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await fsyncDirectory(dirname(file));
}
