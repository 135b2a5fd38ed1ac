import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import { writeFileDurable } from '../storage/durable-write';

export const LOCK_DIR_NAME = '.ketenbord.lock';
export const LOCK_OWNER_FILE = '.ketenbord.lock-owner.json';
/**
 * A lock whose mtime has not moved for this long belongs to a crashed app. Generous, because on a
 * network share a living app may be slow to touch it; on the same machine a dead PID frees it at once.
 */
export const LOCK_STALE_MS = 30_000;

export const lockOwnerSchema = z.object({
  host: z.string(),
  pid: z.number().int(),
  user: z.string(),
  since: z.string(),
});
export type LockOwner = z.infer<typeof lockOwnerSchema>;

export type LockResult =
  | { acquired: true; release: () => Promise<void> }
  | { acquired: false; owner: LockOwner | null };

/**
 * One writer per workspace (DESIGN.md §5). proper-lockfile uses an atomic mkdir plus a refreshed
 * mtime, which also works between machines on a network share; the owner file lets the second
 * instance say who holds the workspace.
 */
export async function acquireWorkspaceLock(
  dir: string,
  onCompromised: (error: Error) => void,
): Promise<LockResult> {
  const lockPath = path.join(dir, LOCK_DIR_NAME);
  const options = { lockfilePath: lockPath, stale: LOCK_STALE_MS, realpath: false, onCompromised };
  try {
    return { acquired: true, release: await lockAndRecordOwner(dir, options) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
  }
  const owner = await readLockOwner(dir);
  if (owner && owner.host === os.hostname() && owner.pid !== process.pid && !isProcessAlive(owner.pid)) {
    // The app that held it crashed on this very machine: no need to wait for the lock to go stale.
    await fs.rm(lockPath, { recursive: true, force: true });
    try {
      return { acquired: true, release: await lockAndRecordOwner(dir, options) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
  }
  return { acquired: false, owner: await readLockOwner(dir) };
}

async function lockAndRecordOwner(dir: string, options: lockfile.LockOptions): Promise<() => Promise<void>> {
  const release = await lockfile.lock(dir, options);
  const owner: LockOwner = {
    host: os.hostname(),
    pid: process.pid,
    user: safeUserName(),
    since: new Date().toISOString(),
  };
  await writeFileDurable(path.join(dir, LOCK_OWNER_FILE), `${JSON.stringify(owner)}\n`);
  return async () => {
    await fs.rm(path.join(dir, LOCK_OWNER_FILE), { force: true });
    await release().catch(() => undefined);
  };
}

export async function readLockOwner(dir: string): Promise<LockOwner | null> {
  try {
    const parsed = lockOwnerSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(dir, LOCK_OWNER_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function describeLockOwner(owner: LockOwner | null): { nl: string; en: string } {
  if (!owner) return { nl: 'een ander exemplaar van Ketenbord', en: 'another copy of Ketenbord' };
  const since = owner.since.slice(0, 16).replace('T', ' ');
  return {
    nl: `${owner.user} op computer ${owner.host} (sinds ${since} UTC)`,
    en: `${owner.user} on computer ${owner.host} (since ${since} UTC)`,
  };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'onbekend';
  }
}
