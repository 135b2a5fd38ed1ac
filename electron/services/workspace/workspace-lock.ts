import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  identify,
  type LockOwner,
  lockOwnerSchema,
  readOwnerIn,
  retireStaleLock,
  sweepLockLeftovers,
} from './lock-dir';
import { lockFileSystem } from './lock-fs';

export { type LockOwner, lockOwnerSchema } from './lock-dir';

export const LOCK_DIR_NAME = '.ketenbord.lock';
/** Where an older Ketenbord kept the owner, beside the lock folder; still read to say who holds it. */
export const LEGACY_LOCK_OWNER_FILE = '.ketenbord.lock-owner.json';
/**
 * A lock whose mtime has not moved for this long belongs to a crashed app. Generous, because on a
 * network share a living app may be slow to touch it; on the same machine a dead PID frees it at once.
 */
export const LOCK_STALE_MS = 30_000;

export interface HeldLock {
  readonly owner: LockOwner & { token: string };
  /** true while the lock in place is still this one (read from disk, not remembered) */
  stillOurs(): Promise<boolean>;
  release(): Promise<void>;
}

export type LockResult = { acquired: true; lock: HeldLock } | { acquired: false; owner: LockOwner | null };

/** Shorter times for tests of lock loss; the app uses the defaults. */
export interface LockTiming {
  staleMs?: number;
  updateMs?: number;
}

/**
 * One writer per workspace (DESIGN.md §5). proper-lockfile keeps the lock's mtime fresh, which also
 * works between machines on a network share, and reports when the lock is compromised; the atomic
 * creation and take-over are ours (lock-dir.ts, lock-fs.ts). A lock is only reported acquired after
 * the owner file in place has been read back and carries this acquisition's token.
 */
export async function acquireWorkspaceLock(
  dir: string,
  onCompromised: (error: Error) => void,
  timing: LockTiming = {},
): Promise<LockResult> {
  const lockDir = path.join(dir, LOCK_DIR_NAME);
  const staleMs = timing.staleMs ?? LOCK_STALE_MS;
  const owner = { ...describeThisProcess(), token: randomUUID() };

  const seen = await identify(lockDir);
  if (seen?.owner && seen.owner.host === os.hostname() && seen.owner.pid !== process.pid) {
    // The app that held it crashed on this very machine: no need to wait for the lock to go stale.
    // Whether this call or a rival retires it, the lock attempt below decides who gets it.
    if (!isProcessAlive(seen.owner.pid)) await retireStaleLock(lockDir, seen.id);
  }

  // loaded here, not at start: the command line opens workspaces read-only and never locks
  const { default: lockfile } = await import('proper-lockfile');
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: lockDir,
      stale: staleMs,
      ...(timing.updateMs ? { update: timing.updateMs } : {}),
      realpath: false,
      onCompromised,
      fs: lockFileSystem(owner, staleMs),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    return { acquired: false, owner: await readLockOwner(dir) };
  }
  const inPlace = await readOwnerIn(lockDir);
  if (inPlace?.token !== owner.token) {
    await release().catch(() => undefined);
    return { acquired: false, owner: inPlace };
  }
  await sweepLockLeftovers(lockDir).catch(() => undefined);
  return {
    acquired: true,
    lock: {
      owner,
      stillOurs: async () => (await readOwnerIn(lockDir))?.token === owner.token,
      release: () => release().catch(() => undefined),
    },
  };
}

export async function readLockOwner(dir: string): Promise<LockOwner | null> {
  const inside = await readOwnerIn(path.join(dir, LOCK_DIR_NAME));
  if (inside) return inside;
  try {
    const parsed = lockOwnerSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(dir, LEGACY_LOCK_OWNER_FILE), 'utf8')),
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

function describeThisProcess(): Omit<LockOwner, 'token'> {
  return { host: os.hostname(), pid: process.pid, user: safeUserName(), since: new Date().toISOString() };
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
