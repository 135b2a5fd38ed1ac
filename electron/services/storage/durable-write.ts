import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';

/** Personal data (private phone numbers) lives in these files: owner read/write only. */
export const PRIVATE_FILE_MODE = 0o600;
export const TEMP_SUFFIX = '.tmp';

/** Name of a temp file beside `target`; recognisable so crash leftovers can be cleaned up. */
export function tempPathFor(target: string): string {
  return `${target}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
}

/**
 * Atomic and durable replace: write a temp file, fsync it, rename over the target, fsync the folder.
 * After a crash at any point the target is either the old or the new content, never a mix, and once
 * this resolves the new content survives a power cut. (steno, lowdb's writer, skips both fsyncs.)
 */
export async function writeFileDurable(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await fs.open(
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
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(target));
}

/** Makes a rename durable. Some platforms (Windows) cannot open a folder for fsync; skip there. */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

/** Removes temp files a crash left beside `target`; they never hold the truth (the rename did not happen). */
export async function removeLeftoverTempFiles(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  const prefix = `${path.basename(target)}.`;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const leftovers = names.filter((n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX));
  await Promise.all(leftovers.map((n) => fs.rm(path.join(dir, n), { force: true })));
  return leftovers;
}

export async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
}
