import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * fsync of a folder makes a newly created or renamed file's name durable, not only its bytes.
 * Windows cannot open a folder for syncing (and NTFS journals names itself), so a refusal there is
 * not an error.
 */
export async function syncDirectoryOf(filePath: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dirname(filePath), 'r');
    await handle.sync();
  } catch (error) {
    if (process.platform !== 'win32') throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes a new file (never replacing one) with owner-only permissions, fsynced before it returns. */
export async function writeNewFileDurably(filePath: string, data: Uint8Array): Promise<void> {
  const handle = await open(filePath, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncDirectoryOf(filePath);
}
