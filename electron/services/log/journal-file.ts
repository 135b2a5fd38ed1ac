import { open } from 'node:fs/promises';

/**
 * The calls the journal makes on its open file; node's FileHandle has them all. Fault tests pass
 * a wrapper around a real handle that fails one of them (ENOSPC on a write, a short write, EIO on
 * datasync) or records the order of the calls, so the refusal paths are run, not assumed.
 */
export interface JournalFile {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  datasync(): Promise<void>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

export interface JournalFs {
  open(file: string, flags: number, mode: number): Promise<JournalFile>;
}

export const nodeJournalFs: JournalFs = { open: (file, flags, mode) => open(file, flags, mode) };
