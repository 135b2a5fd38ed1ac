import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';

/** Personal data (private phone numbers) lives in these files: owner read/write only. */
const PRIVATE_FILE_MODE = 0o600;
const TEMP_SUFFIX = '.tmp';
/** `<target>.<pid>-<8 hex>.tmp`: what tempPathFor makes, and all that crash clean-up may remove. */
const TEMP_PATTERN = /\.\d+-[0-9a-f]{8}\.tmp$/;

/** The file handle calls a durable write makes; node's FileHandle has them all. */
export interface DurableFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls a durable write makes. Production passes node's; fault tests pass a
 * wrapper that fails one step (ENOSPC on the write, EIO on the fsync, EACCES on the rename) so
 * the clean-up paths run on real files instead of being assumed.
 */
export interface DurableFs {
  open(file: string, flags: number, mode?: number): Promise<DurableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
}

export const nodeDurableFs: DurableFs = {
  open: (file, flags, mode) => fs.open(file, flags, mode),
  rename: (from, to) => fs.rename(from, to),
  rm: (file, options) => fs.rm(file, options),
};

/** Name of a temp file beside `target`; recognisable so crash leftovers can be cleaned up. */
function tempPathFor(target: string): string {
  return `${target}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
}

/**
 * Atomic and durable replace: write a temp file, fsync it, rename over the target, fsync the folder.
 * After a crash at any point the target is either the old or the new content, never a mix, and once
 * this resolves the new content survives a power cut. (steno, lowdb's writer, skips both fsyncs.)
 * Whatever step fails, the temp file is removed again: a full disk must not fill up with our halves.
 */
export async function writeFileDurable(
  target: string,
  data: string | Uint8Array,
  io: DurableFs = nodeDurableFs,
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await io.open(
      temp,
      constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
      PRIVATE_FILE_MODE,
    );
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temp, target);
  } catch (error) {
    await io.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(path.dirname(target), io);
}

/**
 * fsync of a folder makes a newly created or renamed file's name durable, not only its bytes. The
 * one policy for every caller (documents, the log journal and its anchor, the room's journal): the
 * codes that mean "this platform or file system cannot sync a folder" are skipped — Windows
 * refuses to open or flush one (EPERM, EISDIR; NTFS journals names itself), some network and FUSE
 * file systems answer EINVAL or EBADF — because there is nothing better to be had there. Any other
 * error (EIO above all) is a real failure on every platform and is thrown, so nothing reports a
 * name as durable that may not be.
 */
export async function fsyncDirectory(dir: string, io: DurableFs = nodeDurableFs): Promise<void> {
  let handle: DurableFileHandle | undefined;
  try {
    handle = await io.open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    if (!CANNOT_SYNC_FOLDER.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

const CANNOT_SYNC_FOLDER = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF']);

/** Writes a new file (never replacing one) with owner-only permissions, fsynced before it returns. */
export async function writeNewFileDurably(filePath: string, data: Uint8Array): Promise<void> {
  const handle = await fs.open(filePath, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsyncDirectory(path.dirname(filePath));
}

/** Removes temp files a crash left beside `target`; they never hold the truth (the rename did not happen). */
export async function removeLeftoverTempFiles(target: string): Promise<string[]> {
  const prefix = `${path.basename(target)}.`;
  return removeTempFilesIn(path.dirname(target), (name) => name.startsWith(prefix));
}

/** Removes every temp file of ours in `dir` (e.g. `backups/<document>/`), whatever it was for. */
export async function removeTempFilesIn(
  dir: string,
  also: (name: string) => boolean = () => true,
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const leftovers = names.filter((n) => TEMP_PATTERN.test(n) && also(n));
  await Promise.all(leftovers.map((n) => fs.rm(path.join(dir, n), { force: true })));
  return leftovers;
}

export async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
}
