import path from 'node:path';
import { isAppError } from '../../shared/errors/app-error';
import { writeFileDurable } from '../services/storage/durable-write';
import { storageError } from '../services/storage/fs-errors';

export function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

export function err(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** An error for the person at the terminal: Dutch, then English; never a raw errno or stack. */
export function explain(error: unknown): { nl: string; en: string } {
  if (isAppError(error)) return { nl: error.nl, en: error.en };
  const text = error instanceof Error ? error.message : String(error);
  return { nl: `Onverwachte fout: ${text}`, en: `Unexpected error: ${text}` };
}

export function errExplained(error: unknown, prefix = ''): void {
  const { nl, en } = explain(error);
  err(`${prefix}${nl}`);
  err(en);
}

/**
 * Writes an export to the path the user gave: whole or not at all (temp file, fsync, rename), and
 * readable only by the user (0600) whatever was there before and whatever the umask — a printed
 * protocol holds private phone numbers, a report names people.
 */
export async function writeExportFile(target: string, bytes: Uint8Array): Promise<void> {
  const absolute = path.resolve(target);
  try {
    await writeFileDurable(absolute, bytes);
  } catch (error) {
    throw storageError(
      error,
      { nl: `${absolute} schrijven`, en: `Writing ${absolute}` },
      { nl: 'Er is niets geschreven.', en: 'Nothing was written.' },
    );
  }
}
