import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type DurableFs, ensurePrivateDir, nodeDurableFs, writeFileDurable } from './durable-write';

/**
 * Rolling backups: before every save the previous version of a document is copied to
 * `backups/<document>/<timestamp>.json`. The newest BACKUPS_KEPT per document are kept; older ones
 * are removed. Twenty versions cover a long evening of editing and every phase change of an incident.
 */
export const BACKUPS_KEPT = 20;

function backupStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export async function writeBackup(
  backupDir: string,
  content: string,
  now: Date,
  keep = BACKUPS_KEPT,
  io: DurableFs = nodeDurableFs,
): Promise<string> {
  await ensurePrivateDir(backupDir);
  let target = path.join(backupDir, `${backupStamp(now)}.json`);
  // two saves within one millisecond must not overwrite each other's backup
  for (let n = 1; await exists(target); n++) target = path.join(backupDir, `${backupStamp(now)}-${n}.json`);
  // a failed write removes its own temp file (writeFileDurable), so backups/ never fills with *.tmp
  await writeFileDurable(target, content, io);
  await pruneBackups(backupDir, keep);
  return target;
}

/** Backups of one document, newest first. */
export async function listBackups(backupDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(backupDir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse()
    .map((n) => path.join(backupDir, n));
}

async function pruneBackups(backupDir: string, keep: number): Promise<void> {
  const all = await listBackups(backupDir);
  await Promise.all(all.slice(keep).map((file) => fs.rm(file, { force: true })));
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
