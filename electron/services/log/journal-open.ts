import { constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { LogEntry } from '../../../shared/log/entry-schema';
import type { Localized } from '../../../shared/matrix/labels';
import { fsyncDirectory } from '../storage/durable-write';
import type { WriteGate } from '../storage/write-gate';
import { type Anchor, AnchorWriter, readAnchor, setDamagedAnchorAside } from './anchor';
import { type AnchorCheck, checkAnchor, findingBreak } from './anchor-check';
import type { ChainBreak } from './chain-break';
import { type JournalFile, type JournalFs, nodeJournalFs } from './journal-file';
import { type JournalScan, scanJournal } from './scan';
import { setTornTailAside, tornLineMessage } from './torn-tail';

export interface OpenJournalOptions {
  incidentId: string;
  /** another instance holds the workspace: read, never write, never repair */
  readOnly?: boolean;
  /** the clock; injectable so tests can check the "not in the future" rule */
  now?: () => Date;
  /** asked before every append: the workspace lock decides, at write time */
  gate?: WriteGate;
  /** the file calls the journal makes; fault tests pass a wrapper that fails or records them */
  fs?: JournalFs;
}

export interface JournalRecovery {
  /** a torn last line was copied to `movedTo` and cut from the journal */
  tornLine?: { movedTo: string; bytes: number };
  /** read-only: a torn last line was found but left in place (and is not among the entries) */
  tornLineLeftInPlace?: { bytes: number };
  /** plain-language report for the user, when there was something to report */
  message?: Localized;
  /** the journal does not match its anchor (cut or rewritten tail, damaged anchor): found on this open */
  anchorProblem?: ChainBreak;
}

/** `breaks`: every break known on opening (the chain's first, the anchor's, earlier findings). */
export type JournalIntegrity = { ok: true } | { ok: false; firstBreak: ChainBreak; breaks: ChainBreak[] };

/** Everything a journal starts from: what the disk held on opening, and the files it writes to. */
export interface OpenedJournal {
  filePath: string;
  incidentId: string;
  readOnly: boolean;
  integrity: JournalIntegrity;
  /** the journal file, open for appending; null when read-only */
  handle: JournalFile | null;
  now: () => Date;
  gate: WriteGate | null;
  entries: LogEntry[];
  headHash: string;
  /** the length of the good part of the file (a torn tail is not counted) */
  size: number;
  /** where the last line starts, so it can be re-read and compared with the head */
  lastLineStart: number;
  anchor: Anchor | null;
  anchorStatus: AnchorCheck['status'];
  /** the writer's open anchor file; null when read-only */
  anchorFile: AnchorWriter | null;
}

/**
 * Opens (or, for a writer, creates) a journal file and reads it: a torn last line is set aside,
 * the chain and the anchor are checked, and a writer re-anchors what it found. Nothing found is
 * hidden: every break ends up in `integrity`, and the user's message in `recovery`.
 */
export async function openJournalFiles(
  filePath: string,
  options: OpenJournalOptions,
): Promise<{ opened: OpenedJournal; recovery: JournalRecovery }> {
  const now = options.now ?? (() => new Date());
  const readOnly = options.readOnly ?? false;
  const io = options.fs ?? nodeJournalFs;
  let handle: JournalFile | null = null;
  let anchorFile: AnchorWriter | null = null;
  let created = false;
  if (!readOnly) {
    // O_APPEND: every write lands at the end, whatever the file position; read access so the
    // last line can be compared before each append. 0600: the log names people and may quote
    // personal data (DESIGN.md §5). The mode only applies on creation.
    const flags = constants.O_RDWR | constants.O_APPEND;
    try {
      handle = await io.open(filePath, flags | constants.O_CREAT | constants.O_EXCL, 0o600);
      created = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      handle = await io.open(filePath, flags, 0o600);
    }
  }
  try {
    if (created) await fsyncDirectory(dirname(filePath));
    const buf = await readFileOrEmpty(filePath, readOnly);
    const reading = await readAnchor(filePath);
    const anchored = reading.state === 'ok' ? reading.anchor : null;
    const scan = scanJournal(buf, options.incidentId, {
      anchoredCount: anchored?.count ?? null,
      hashesAt: anchored ? [anchored.count] : [],
    });
    const recovery: JournalRecovery = {};
    if (scan.tail) {
      const bytes = scan.tail.bytes;
      if (handle) {
        const tail = buf.subarray(scan.tail.offset);
        const movedTo = await setTornTailAside(handle, filePath, tail, scan.goodLength, now());
        recovery.tornLine = { movedTo, bytes };
        recovery.message = tornLineMessage({ movedTo, bytes }, basename(filePath));
      } else {
        recovery.tornLineLeftInPlace = { bytes };
        recovery.message = tornLineMessage({ bytes }, basename(filePath));
      }
    }
    const check = checkAnchor(scan, reading);
    const at = now().toISOString();
    if (check.problem) {
      recovery.anchorProblem = findingBreak({ ...check.problem.finding, at });
      recovery.message = joinMessages(recovery.message, anchorProblemMessage(recovery.anchorProblem));
    }
    // The writer anchors what it found (an older journal from here on), keeping every finding.
    let anchor = anchored;
    if (handle) {
      if (check.status === 'damaged') await setDamagedAnchorAside(filePath, now());
      anchorFile = await AnchorWriter.open(
        filePath,
        check.status === 'damaged' ? { state: 'missing' } : reading,
      );
      anchor = await reanchor(anchorFile, options.incidentId, scan, check, now());
    }
    const breaks = [
      ...(scan.firstBreak ? [scan.firstBreak] : []),
      ...(recovery.anchorProblem ? [recovery.anchorProblem] : []),
      ...check.recorded,
    ];
    const integrity: JournalIntegrity = breaks[0]
      ? { ok: false, firstBreak: breaks[0], breaks }
      : { ok: true };
    const opened: OpenedJournal = {
      filePath,
      incidentId: options.incidentId,
      readOnly,
      integrity,
      handle,
      now,
      gate: options.gate ?? null,
      entries: scan.entries,
      headHash: scan.headHash,
      size: scan.goodLength,
      lastLineStart: scan.lastLineStart,
      anchor,
      anchorStatus: check.status,
      anchorFile,
    };
    return { opened, recovery };
  } catch (error) {
    await anchorFile?.close();
    await handle?.close();
    throw error;
  }
}

/**
 * Writes the anchor a writer must leave after opening: none needed when it matches; otherwise the
 * journal as found, with what was found kept in `findings` (so re-anchoring never hides a cut), and
 * `since` set where anchoring began for a journal that had none.
 */
async function reanchor(
  file: AnchorWriter,
  incidentId: string,
  scan: JournalScan,
  check: AnchorCheck,
  now: Date,
): Promise<Anchor> {
  if (check.anchor && !check.problem && check.beyond === 0) return check.anchor;
  const at = now.toISOString();
  const next: Anchor = {
    schemaVersion: 1,
    incidentId,
    count: scan.lineCount,
    headHash: scan.headHash,
    updatedAt: at,
    since: check.anchor?.since ?? { count: scan.lineCount, at },
    findings: [
      ...(check.anchor?.findings ?? []),
      ...(check.problem ? [{ ...check.problem.finding, at }] : []),
    ],
    findingsOmitted: check.anchor?.findingsOmitted ?? 0,
  };
  await file.write(next);
  return next;
}

function anchorProblemMessage(b: ChainBreak): Localized {
  return {
    nl: `Logboek niet meer zoals vastgelegd. ${b.reason} Ketenbord logt gewoon door; deze vaststelling blijft bewaard en staat in elk rapport.`,
    en: `Log no longer as recorded. ${b.reasonEn} Ketenbord goes on logging; this finding is kept and appears in every report.`,
  };
}

function joinMessages(a: Localized | undefined, b: Localized): Localized {
  return a ? { nl: `${a.nl} ${b.nl}`, en: `${a.en} ${b.en}` } : b;
}

async function readFileOrEmpty(filePath: string, readOnly: boolean): Promise<Buffer> {
  try {
    return await readFile(filePath);
  } catch (error) {
    // A read-only viewer of an incident that has no log yet sees an empty log, not an error.
    if (readOnly && (error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}
