import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeNewFileDurably } from '../services/storage/durable-write';

/** 32 random bytes, hex: the only thing on disk; the tokens are derived from it. */
const SECRET_BYTES = 32;
const SECRET_PATTERN = /^[0-9a-f]{64}$/;

/**
 * The file that holds one workspace's browser-host secret: in the config folder (never in the
 * workspace, which is carried around and backed up), named by a hash of the workspace's path so
 * the path itself is not spelled out there.
 */
export function secretFileFor(configDir: string, workspaceDir: string): string {
  const name = createHash('sha256').update(path.resolve(workspaceDir)).digest('hex').slice(0, 32);
  return path.join(configDir, 'web-sessions', `${name}.secret`);
}

/**
 * The per-workspace secret of the browser host, made once and kept (mode 0600, folder 0700), so a
 * restart of the host on the same workspace hands out the same tokens: the operator's tabs and the
 * projector carry on without a new link. A damaged file is not repaired silently into a new secret
 * that would lock everyone out without a word: it is replaced, and the caller is told.
 */
export async function workspaceSecret(
  configDir: string,
  workspaceDir: string,
): Promise<{ secret: Buffer; created: boolean }> {
  const file = secretFileFor(configDir, workspaceDir);
  const existing = await readFile(file, 'utf8').catch(() => null);
  const text = existing?.trim() ?? '';
  if (SECRET_PATTERN.test(text)) {
    // someone may have copied the folder with looser permissions: tighten them again
    await chmod(file, 0o600).catch(() => undefined);
    return { secret: Buffer.from(text, 'hex'), created: false };
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(SECRET_BYTES);
  if (existing !== null) await rm(file, { force: true });
  try {
    await writeNewFileDurably(file, Buffer.from(secret.toString('hex'), 'utf8'));
  } catch (error) {
    // a second host on the same workspace made it a moment ago: use that one
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const theirs = (await readFile(file, 'utf8')).trim();
    if (!SECRET_PATTERN.test(theirs)) throw error;
    return { secret: Buffer.from(theirs, 'hex'), created: false };
  }
  return { secret, created: true };
}

/** A token for one role, derived from the secret: the same secret always gives the same token. */
export function deriveToken(secret: Buffer, role: string): string {
  return createHmac('sha256', secret).update(`ketenbord-web-token:${role}`).digest('hex').slice(0, 48);
}
