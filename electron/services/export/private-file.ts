import { open } from 'node:fs/promises';

/**
 * Writes an export (a report, the protocol, a call list: they hold names and phone numbers) with
 * owner-only permissions, whatever the umask and whether or not the file already existed: `open`
 * with a mode only applies it to a new file, so an existing one is set to 0600 before a byte of the
 * new content is in it. Fsynced, so a saved report survives a crash right after "saved".
 * (Windows ignores the POSIX bits; the user's profile folders are private there already.)
 */
export async function writePrivateFile(filePath: string, data: Uint8Array): Promise<void> {
  const handle = await open(filePath, 'w', 0o600);
  try {
    await handle.chmod(0o600);
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
