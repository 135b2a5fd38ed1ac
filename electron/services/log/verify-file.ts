import { readFile } from 'node:fs/promises';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { readAnchor } from './anchor';
import { type AnchorCheck, checkAnchor, witnessBreak } from './anchor-check';
import type { ChainBreak } from './chain-break';
import { chainBreak } from './chain-break';
import { scanJournal } from './scan';

/** What the anchor covered, for the CLI and the report's statement. */
export interface AnchorSummary {
  status: AnchorCheck['status'];
  /** lines and head the anchor recorded (null without a readable anchor) */
  count: number | null;
  headHash: string | null;
  /** anchoring began at this line count and time (an older journal is anchored from its first open) */
  since: { count: number; at: string } | null;
}

/** A head recorded outside the journal (an earlier export), to be found again in it. */
export interface Witness {
  count: number;
  headHash: string;
}

export interface VerifyResult {
  ok: boolean;
  /** complete lines in the chain (a torn tail not counted) */
  count: number;
  /** hash of the last complete line; quote it in a report to pin the log's state */
  headHash: string;
  firstBreak?: ChainBreak;
  /** every break found: the chain's first, the anchor's, those recorded earlier; rows to mark */
  breaks: ChainBreak[];
  anchor: AnchorSummary;
  /** per witness asked for: does line `count` still carry that hash? */
  witnessed: Array<Witness & { holds: boolean }>;
}

/**
 * Walks a journal file from the first byte, trusting nothing, and changes nothing: a torn tail is
 * reported as a break here (the app sets it aside when it opens the incident; a verifier must not).
 */
export async function verifyJournalFile(
  filePath: string,
  expectedIncidentId?: string,
  witnesses: readonly Witness[] = [],
): Promise<VerifyResult> {
  return (await inspectJournalFile(filePath, expectedIncidentId, witnesses)).result;
}

/** The same walk, also returning the readable entries (for the CLI's listing and for reports). */
export async function inspectJournalFile(
  filePath: string,
  expectedIncidentId?: string,
  witnesses: readonly Witness[] = [],
): Promise<{ result: VerifyResult; entries: LogEntry[] }> {
  const buf = await readFile(filePath);
  const reading = await readAnchor(filePath);
  const anchor = reading.state === 'ok' ? reading.anchor : null;
  const scan = scanJournal(buf, expectedIncidentId, {
    anchoredCount: anchor?.count ?? null,
    hashesAt: [...(anchor ? [anchor.count] : []), ...witnesses.map((w) => w.count)],
  });
  const check = checkAnchor(scan, reading);
  const chainFirst = scan.firstBreak ?? (scan.tail ? chainBreak('tornTail', scan.lineCount + 1) : null);
  const witnessed = witnesses.map((w) => ({
    ...w,
    holds: w.count === 0 || scan.hashesAt.get(w.count) === w.headHash,
  }));
  const breaks = [
    ...(chainFirst ? [chainFirst] : []),
    ...(check.problem ? [check.problem.break] : []),
    ...check.recorded,
    ...witnessed.filter((w) => !w.holds).map((w) => witnessBreak(w, scan.lineCount)),
  ];
  const firstBreak = breaks[0];
  const result: VerifyResult = {
    ok: breaks.length === 0,
    count: scan.lineCount,
    headHash: scan.headHash,
    ...(firstBreak ? { firstBreak } : {}),
    breaks,
    anchor: summaryOf(check),
    witnessed,
  };
  return { result, entries: scan.entries };
}

export function summaryOf(check: AnchorCheck): AnchorSummary {
  const a = check.anchor;
  return {
    status: check.status,
    count: a?.count ?? null,
    headHash: a?.headHash ?? null,
    since: a?.since ?? null,
  };
}
