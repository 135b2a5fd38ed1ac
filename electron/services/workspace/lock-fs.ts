import fs from 'node:fs';
import {
  createLockDir,
  identify,
  type LockOwner,
  removeOwnLock,
  removeOwnLockSync,
  retireStaleLock,
} from './lock-dir';

type Callback = (error?: NodeJS.ErrnoException | null) => void;

/**
 * proper-lockfile takes the file system it works on as an option (`fs`). It keeps the lock fresh,
 * judges staleness by mtime and reports a compromised lock; its own mkdir and rmdir are what made
 * take-over racy (two processes could both remove a stale lock and both create a new one). This
 * gives it ours: "mkdir" puts a whole lock folder with our owner file in place in one rename, and
 * "rmdir" removes only our own generation, or retires a stale one by its token (lock-dir.ts).
 */
export function lockFileSystem(owner: LockOwner & { token: string }, staleMs: number): object {
  return {
    ...fs,
    mkdir(lockDir: string, ...rest: unknown[]) {
      const callback = rest.at(-1) as Callback;
      createLockDir(lockDir, owner).then(() => callback(null), callback);
    },
    rmdir(lockDir: string, ...rest: unknown[]) {
      const callback = rest.at(-1) as Callback;
      removeGeneration(lockDir, owner.token, staleMs).then(() => callback(null), callback);
    },
    rmdirSync(lockDir: string) {
      removeOwnLockSync(lockDir, owner.token);
    },
  };
}

/**
 * proper-lockfile calls rmdir to release our lock, or to remove a lock it found stale a moment ago.
 * In the second case the generation in place is judged again (owner read before the stat), so a
 * lock that another contender has just put there is never the one removed.
 */
async function removeGeneration(lockDir: string, ownToken: string, staleMs: number): Promise<void> {
  const current = await identify(lockDir);
  if (!current) return;
  if (current.owner?.token === ownToken) return removeOwnLock(lockDir, ownToken);
  if (current.mtimeMs >= Date.now() - staleMs) return; // fresh: the mkdir that follows reports it held
  await retireStaleLock(lockDir, current.id);
}
