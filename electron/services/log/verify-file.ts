import { readFile } from 'node:fs/promises';
import type { LogEntry } from '../../../shared/log/entry-schema';
import type { ChainBreak } from './chain-break';
import { chainBreak } from './chain-break';
import { scanJournal } from './scan';

export interface VerifyResult {
  ok: boolean;
  /** complete lines in the chain (a torn tail not counted) */
  count: number;
  /** hash of the last complete line; quote it in a report to pin the log's state */
  headHash: string;
  firstBreak?: ChainBreak;
}

/**
 * Walks a journal file from the first byte, trusting nothing, and changes nothing: a torn tail is
 * reported as a break here (the app sets it aside when it opens the incident; a verifier must not).
 */
export async function verifyJournalFile(
  filePath: string,
  expectedIncidentId?: string,
): Promise<VerifyResult> {
  return (await inspectJournalFile(filePath, expectedIncidentId)).result;
}

/** The same walk, also returning the readable entries (for the CLI's listing and for reports). */
export async function inspectJournalFile(
  filePath: string,
  expectedIncidentId?: string,
): Promise<{ result: VerifyResult; entries: LogEntry[] }> {
  const scan = scanJournal(await readFile(filePath), expectedIncidentId);
  const firstBreak = scan.firstBreak ?? (scan.tail ? chainBreak('tornTail', scan.lineCount + 1) : null);
  const result: VerifyResult = {
    ok: firstBreak === null,
    count: scan.lineCount,
    headHash: scan.headHash,
    ...(firstBreak ? { firstBreak } : {}),
  };
  return { result, entries: scan.entries };
}
