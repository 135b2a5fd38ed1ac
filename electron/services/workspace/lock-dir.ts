import { promises as fs, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The lock folder's atomic steps. A lock is a folder that always holds its owner file, with a
 * token unique to that one acquisition (a "generation"). Three properties make take-over safe:
 *
 * - It appears whole: built under a private name, then renamed into place. A rename onto a folder
 *   that is not empty fails, so a lock in place can never be replaced by a rename.
 * - A stale generation is retired by renaming it to `<lock>.stale-<its token>`. Two contenders that
 *   judged the same generation stale race for that one name; the loser's rename finds the name
 *   taken (ENOTEMPTY) or the lock gone (ENOENT). A contender that comes late and finds a newer lock
 *   in place cannot move it either: the retired folder of the token it read already holds the name.
 * - After retiring, the contender reads the token in what it moved. Not the one it judged stale
 *   (a rare turnover in between): it puts it back — only if the place is still empty — and gives up.
 */
export const LOCK_OWNER_IN_DIR = 'owner.json';
/** Retired and staging folders are cleaned up once nobody can still be racing for them. */
export const LOCK_LEFTOVER_GRACE_MS = 10 * 60_000;

export const lockOwnerSchema = z.object({
  host: z.string(),
  pid: z.number().int(),
  user: z.string(),
  since: z.string(),
  /** unique per acquisition; absent only in locks written by an older Ketenbord */
  token: z.string().min(8).optional(),
});
export type LockOwner = z.infer<typeof lockOwnerSchema>;

/** What sits in the lock's place right now: who holds it, an identity, and when it was last touched. */
export interface LockGeneration {
  owner: LockOwner | null;
  /** the owner's token, or for an old-style lock without one, the folder's inode */
  id: string;
  mtimeMs: number;
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;
const isNameTaken = (error: unknown) =>
  errno(error) === 'ENOTEMPTY' || errno(error) === 'EEXIST' || errno(error) === 'EPERM';

export async function readOwnerIn(lockDir: string): Promise<LockOwner | null> {
  try {
    const parsed = lockOwnerSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(lockDir, LOCK_OWNER_IN_DIR), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The owner is read before the stat, so a stale mtime always belongs to the owner read or a later one. */
export async function identify(lockDir: string): Promise<LockGeneration | null> {
  const owner = await readOwnerIn(lockDir);
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    stat = await fs.stat(lockDir);
  } catch (error) {
    if (errno(error) === 'ENOENT') return null;
    throw error;
  }
  return { owner, id: owner?.token ?? `ino-${stat.ino}`, mtimeMs: stat.mtimeMs };
}

/**
 * Puts a whole lock folder (0700, its owner file 0600 inside) in place. Fails with EEXIST when a
 * lock is already there.
 */
export async function createLockDir(lockDir: string, owner: LockOwner & { token: string }): Promise<void> {
  const staging = `${lockDir}.new-${owner.token}`;
  await fs.mkdir(staging, { mode: 0o700 });
  try {
    await fs.writeFile(path.join(staging, LOCK_OWNER_IN_DIR), `${JSON.stringify(owner)}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
    // an empty old-style lock folder would be replaced by the rename: look first
    if (await exists(lockDir)) throw eexist(lockDir);
    await fs.rename(staging, lockDir);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (isNameTaken(error) && (await exists(lockDir))) throw eexist(lockDir);
    throw error;
  }
}

/**
 * Moves the stale generation `id` out of the lock's place. 'retired': this call did it;
 * 'gone': no lock was there; 'lost': another contender got there first (or the lock in place
 * turned out to be a newer one, which is left where it is).
 */
export async function retireStaleLock(lockDir: string, id: string): Promise<'retired' | 'gone' | 'lost'> {
  const aside = `${lockDir}.stale-${id}`;
  try {
    await fs.rename(lockDir, aside);
  } catch (error) {
    if (errno(error) === 'ENOENT') return 'gone';
    if (isNameTaken(error)) return 'lost';
    throw error;
  }
  const moved = await identify(aside);
  if (moved?.id !== id) {
    // not the generation we judged stale: put it back (a rename never replaces a lock in place)
    await fs.rename(aside, lockDir).catch(() => undefined);
    return 'lost';
  }
  // the time of retirement, for the clean-up's grace period (the folder's own mtime is older)
  await fs.writeFile(path.join(aside, 'retired-at'), new Date().toISOString()).catch(() => undefined);
  return 'retired';
}

/** Removes our own lock; never one whose owner file carries another token. */
export async function removeOwnLock(lockDir: string, token: string): Promise<void> {
  if ((await readOwnerIn(lockDir))?.token !== token) return;
  const aside = `${lockDir}.released-${token}`;
  try {
    await fs.rename(lockDir, aside);
  } catch (error) {
    if (errno(error) === 'ENOENT') return;
    throw error;
  }
  await fs.rm(aside, { recursive: true, force: true });
}

/** The same, synchronously, for the exit handler (proper-lockfile releases locks as the process ends). */
export function removeOwnLockSync(lockDir: string, token: string): void {
  try {
    const owner = JSON.parse(readFileSync(path.join(lockDir, LOCK_OWNER_IN_DIR), 'utf8')) as LockOwner;
    if (owner.token !== token) return;
    const aside = `${lockDir}.released-${token}`;
    renameSync(lockDir, aside);
    rmSync(aside, { recursive: true, force: true });
  } catch {
    // at exit there is nobody left to tell; a lock left behind is freed by the next start
  }
}

/**
 * Cleans up what crashed or finished take-overs left beside the lock: released folders at once,
 * retired and half-built ones once LOCK_LEFTOVER_GRACE_MS have passed (a contender that read their
 * token may still be on its way; the retired folder's name is what makes it lose).
 */
export async function sweepLockLeftovers(lockDir: string, now = Date.now()): Promise<void> {
  const dir = path.dirname(lockDir);
  const prefix = `${path.basename(lockDir)}.`;
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix));
  for (const name of names) {
    const full = path.join(dir, name);
    const kind = name.slice(prefix.length).split('-')[0];
    if (kind === 'released') {
      await fs.rm(full, { recursive: true, force: true }).catch(() => undefined);
      continue;
    }
    if (kind !== 'stale' && kind !== 'new') continue;
    const marker = kind === 'stale' ? path.join(full, 'retired-at') : full;
    const stat = await fs.stat(marker).catch(() => null);
    if (!stat) {
      // retired by a contender that died before marking it: start the grace period now
      if (kind === 'stale') await fs.writeFile(marker, new Date(now).toISOString()).catch(() => undefined);
      continue;
    }
    if (now - stat.mtimeMs > LOCK_LEFTOVER_GRACE_MS) {
      await fs.rm(full, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

function eexist(lockDir: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`Lock is held: ${lockDir}`), { code: 'EEXIST' });
}
