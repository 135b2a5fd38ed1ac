import { constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkCorrection, FUTURE_TOLERANCE_MS } from '../../../shared/log/corrections';
import type { LogEntry, LogEntryBody } from '../../../shared/log/entry-schema';
import { logEntryFlatSchema } from '../../../shared/log/parse-entry';
import type { Localized } from '../../../shared/matrix/labels';
import { isoInstantSchema, type Phase } from '../../../shared/model/vocabulary';
import { storageError } from '../storage/fs-errors';
import type { WriteGate } from '../storage/write-gate';
import { type Anchor, AnchorWriter, readAnchor, setDamagedAnchorAside } from './anchor';
import { type AnchorCheck, checkAnchor, findingBreak } from './anchor-check';
import type { ChainBreak } from './chain-break';
import { syncDirectoryOf } from './durable';
import { JournalReadOnlyError, LogJournalError } from './errors';
import { hashLine } from './hash';
import { type JournalFile, type JournalFs, nodeJournalFs } from './journal-file';
import { type JournalScan, scanJournal } from './scan';
import { SerialQueue } from './serial-queue';
import { setTornTailAside, tornLineMessage } from './torn-tail';
import { type AnchorSummary, summaryOf } from './verify-file';

export { verifyJournalFile } from './verify-file';

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

export interface AppendContext {
  author: string;
  phase: Phase;
  /** when it happened, UTC ISO (an offset is accepted and converted); defaults to now */
  occurredAt?: string;
  /** runs inside the serial queue on the entries as they stand: throw to refuse (checks on current data) */
  precondition?: (entries: readonly LogEntry[]) => void;
}

/**
 * One incident's log: an append-only JSONL file, one entry a line, each line carrying the SHA-256
 * of the line before it. Entries live in memory as an array; an append writes one line with one
 * write call and fdatasyncs before it resolves, so its cost does not grow with the journal and
 * "logged" in the UI means "on disk".
 *
 * Before each append it checks the file is as it left it (same length, same last line): if
 * anything else wrote to it, appending would fork the chain, so it refuses from then on. After a
 * failed write or fsync it cuts the file back to its last acknowledged line and refuses too, until
 * it is opened again (which re-reads what the disk really holds).
 */
export class LogJournal {
  private readonly queue = new SerialQueue();
  private readonly list: LogEntry[];
  private head: string;
  private size: number;
  /** where the last line starts, so it can be re-read and compared with `head` */
  private lastLineStart: number;
  private state: 'open' | 'closed' | 'failed' | 'diverged' = 'open';
  /** the anchor as this journal last wrote or read it */
  private anchor: Anchor | null;

  private constructor(
    readonly filePath: string,
    readonly incidentId: string,
    readonly readOnly: boolean,
    readonly integrity: JournalIntegrity,
    private readonly handle: JournalFile | null,
    private readonly now: () => Date,
    private readonly gate: WriteGate | null,
    entries: LogEntry[],
    headHash: string,
    size: number,
    lastLineStart: number,
    anchor: Anchor | null,
    private readonly anchorStatus: AnchorCheck['status'],
    /** the writer's open anchor file; null when read-only */
    private readonly anchorFile: AnchorWriter | null,
  ) {
    this.anchor = anchor;
    this.list = entries;
    this.head = headHash;
    this.size = size;
    this.lastLineStart = lastLineStart;
  }

  static async open(
    filePath: string,
    options: OpenJournalOptions,
  ): Promise<{ journal: LogJournal; recovery: JournalRecovery }> {
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
      if (created) await syncDirectoryOf(filePath);
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
      const journal = new LogJournal(
        filePath,
        options.incidentId,
        readOnly,
        integrity,
        handle,
        now,
        options.gate ?? null,
        scan.entries,
        scan.headHash,
        scan.goodLength,
        scan.lastLineStart,
        anchor,
        check.status,
        anchorFile,
      );
      return { journal, recovery };
    } catch (error) {
      await anchorFile?.close();
      await handle?.close();
      throw error;
    }
  }

  /** The entries in log order. The live array, not a copy (100,000 entries): do not mutate it. */
  entries(): readonly LogEntry[] {
    return this.list;
  }

  count(): number {
    return this.list.length;
  }

  /** Hash of the last line; 64 zeros while the journal is empty. */
  headHash(): string {
    return this.head;
  }

  /** The anchor as it stands (what a report's statement quotes); status as found on opening. */
  anchorSummary(): AnchorSummary {
    return summaryOf({
      status: this.anchor && this.anchorStatus !== 'damaged' ? 'anchored' : this.anchorStatus,
      anchor: this.anchor,
      beyond: 0,
      problem: null,
      recorded: [],
    });
  }

  append(body: LogEntryBody, ctx: AppendContext): Promise<LogEntry> {
    if (this.readOnly) return Promise.reject(new JournalReadOnlyError(this.filePath));
    return this.queue.run(() => {
      ctx.precondition?.(this.list);
      return this.appendNow(body, ctx);
    });
  }

  /** True once a failure or a change behind its back made it refuse appends; reopen to go on. */
  get refusing(): boolean {
    return this.state === 'failed' || this.state === 'diverged';
  }

  /** Waits for queued appends, then closes the file. Appends after this are refused. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    await this.queue.idle();
    this.state = 'closed';
    await this.handle?.close();
    await this.anchorFile?.close();
  }

  private async appendNow(body: LogEntryBody, ctx: AppendContext): Promise<LogEntry> {
    this.assertWritable();
    // the lock decides at write time: lost a moment ago, or taken over by another copy, counts
    await this.gate?.assertWritable();
    const handle = this.handle!;
    const nowDate = this.now();
    const recordedAt = nowDate.toISOString();
    const occurredAt = normaliseOccurredAt(ctx.occurredAt, recordedAt, nowDate);
    const last = this.list.at(-1);
    const seq = (last?.seq ?? 0) + 1;

    const entry = validate({
      // The body first: a body smuggling in seq or prevHash (from an unchecked caller) cannot win.
      ...body,
      seq,
      incidentId: this.incidentId,
      recordedAt,
      occurredAt,
      author: ctx.author,
      phase: ctx.phase,
      prevHash: this.head,
    });
    if (entry.kind === 'correction') {
      const problem = checkCorrection(this.findBySeq(entry.corrects), entry, seq, nowDate);
      if (problem) throw new LogJournalError('log.badCorrection', problem, { problem: problem.code });
    }

    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    await this.assertUnchanged(handle).catch((error: unknown) => {
      // the check itself could not read the file (an I/O error): nothing was written yet
      if (error instanceof LogJournalError) throw error;
      throw writeFailed(error);
    });
    try {
      let written = 0;
      // One write call; the loop only runs again in the rare case the OS accepts part of it.
      while (written < line.length) {
        const { bytesWritten } = await handle.write(line, written, line.length - written);
        written += bytesWritten;
      }
    } catch (error) {
      await this.cutBack();
      throw writeFailed(error);
    }
    try {
      await handle.datasync();
    } catch (error) {
      // After a failed fsync the kernel may have dropped the dirty pages and a retry can report
      // success without writing them (the 2018 "fsyncgate"). Cut the unacknowledged line off,
      // stop, and let a reopen re-read what the disk holds.
      await this.cutBack();
      throw writeFailed(error);
    }
    let after: number;
    try {
      after = (await handle.stat()).size;
    } catch (error) {
      // written and synced, but not confirmed: do not claim either way; a reopen reads the truth
      this.state = 'failed';
      throw unconfirmedError(error);
    }
    if (after !== this.size + line.length) {
      // someone else appended at the same moment: this line is not acknowledged, and we stop
      this.state = 'diverged';
      throw divergedError(this.filePath);
    }
    this.lastLineStart = this.size;
    this.size += line.length;
    this.head = hashLine(line.subarray(0, line.length - 1));
    this.list.push(entry);
    try {
      // The append is acknowledged only once its anchor is durable too: a line beyond the anchor
      // was never acknowledged, which is what lets the next open tell a crash from a cut.
      await this.writeAnchorNow(nowDate);
    } catch (error) {
      this.state = 'failed';
      throw unconfirmedError(error);
    }
    return entry;
  }

  private async writeAnchorNow(now: Date): Promise<void> {
    const previous = this.anchor;
    const next: Anchor = {
      schemaVersion: 1,
      incidentId: this.incidentId,
      count: this.list.length,
      headHash: this.head,
      updatedAt: now.toISOString(),
      since: previous?.since ?? { count: 0, at: now.toISOString() },
      findings: previous?.findings ?? [],
      findingsOmitted: previous?.findingsOmitted ?? 0,
    };
    await this.anchorFile!.write(next);
    this.anchor = next;
  }

  /** The journal file and its anchor must both be as this journal left them. */
  private async assertUnchanged(handle: JournalFile): Promise<void> {
    await this.assertFileUnchanged(handle);
    if (!(await this.anchorFile!.isUnchanged())) {
      this.state = 'diverged';
      throw divergedError(this.filePath);
    }
  }

  /**
   * The file must be exactly as this journal left it: the same length, and the same last line.
   * Anything else means another writer (a second copy, an editor) changed it; appending now would
   * fork the chain, so refuse — this time and every time until the journal is opened again.
   */
  private async assertFileUnchanged(handle: JournalFile): Promise<void> {
    const { size } = await handle.stat();
    let same = size === this.size;
    if (same && this.size > 0) {
      const length = this.size - 1 - this.lastLineStart; // the last line without its newline
      const buf = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buf, 0, length, this.lastLineStart);
      same = bytesRead === length && hashLine(buf) === this.head;
    }
    if (!same) {
      this.state = 'diverged';
      throw divergedError(this.filePath);
    }
  }

  /**
   * After a failed write or fsync: cut the file back to the last acknowledged line so nothing
   * half-written stays, and refuse further appends until the journal is opened again.
   */
  private async cutBack(): Promise<void> {
    this.state = 'failed';
    try {
      await this.handle!.truncate(this.size);
      await this.handle!.datasync();
    } catch {
      // the disk refuses even this; the next open finds and sets aside whatever is left
    }
  }

  private assertWritable(): void {
    if (this.state === 'closed') {
      throw new LogJournalError('log.closed', {
        nl: 'Het logboek is gesloten; de regel is niet vastgelegd.',
        en: 'The log is closed; the entry was not recorded.',
      });
    }
    if (this.state === 'failed') {
      throw new LogJournalError('log.failed', {
        nl: 'Het logboek kon eerder niet veilig worden opgeslagen. Open het incident opnieuw voordat u verder logt.',
        en: 'The log could not be saved safely earlier. Reopen the incident before logging further.',
      });
    }
    if (this.state === 'diverged') throw divergedError(this.filePath);
  }

  /** seq n normally sits at index n-1; search only when a damaged journal has gaps. */
  private findBySeq(seq: number): LogEntry | undefined {
    const guess = this.list[seq - 1];
    if (guess?.seq === seq) return guess;
    return this.list.find((e) => e.seq === seq);
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

function normaliseOccurredAt(given: string | undefined, recordedAt: string, now: Date): string {
  if (given === undefined) return recordedAt;
  const ms = Date.parse(given);
  // Date.parse is lenient; require a real ISO date-time with a zone so "10:30" is never guessed at.
  if (
    Number.isNaN(ms) ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(given)
  ) {
    throw new LogJournalError(
      'log.invalidEntry',
      {
        nl: `Het tijdstip "${given}" is geen geldige datum en tijd.`,
        en: `The time "${given}" is not a valid date and time.`,
      },
      { field: 'occurredAt' },
    );
  }
  if (ms > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new LogJournalError(
      'log.occurredInFuture',
      {
        nl: 'Het tijdstip waarop het gebeurde ligt in de toekomst. Kies een tijd die al voorbij is.',
        en: 'The time it happened lies in the future. Choose a time that has passed.',
      },
      { occurredAt: given },
    );
  }
  return isoInstantSchema.parse(new Date(ms).toISOString());
}

function validate(candidate: Record<string, unknown>): LogEntry {
  const result = logEntryFlatSchema.safeParse(candidate);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
  }));
  const where = issues.map((i) => i.path).join(', ');
  throw new LogJournalError(
    'log.invalidEntry',
    {
      nl: `Deze regel is niet compleet of niet geldig (${where}); hij is niet vastgelegd.`,
      en: `This entry is incomplete or invalid (${where}); it was not recorded.`,
    },
    { issues },
  );
}

function writeFailed(error: unknown): LogJournalError {
  const plain = storageError(
    error,
    { nl: 'De logregel opslaan', en: 'Saving the log entry' },
    {
      nl: 'De regel staat NIET in het logboek; leg hem opnieuw vast zodra dat is verholpen.',
      en: 'The entry is NOT in the log; record it again once that is solved.',
    },
  );
  return new LogJournalError('log.writeFailed', { nl: plain.nl, en: plain.en }, { cause: plain.code });
}

function unconfirmedError(error: unknown): LogJournalError {
  const plain = storageError(
    error,
    { nl: 'De logregel controleren na het opslaan', en: 'Checking the log entry after saving' },
    {
      nl: 'De regel is waarschijnlijk wel vastgelegd. Open het incident opnieuw en kijk of hij in het logboek staat voordat u hem opnieuw vastlegt.',
      en: 'The entry was probably recorded. Open the incident again and check whether it is in the log before recording it again.',
    },
  );
  return new LogJournalError('log.unconfirmed', { nl: plain.nl, en: plain.en }, { cause: plain.code });
}

function divergedError(filePath: string): LogJournalError {
  const name = basename(filePath);
  return new LogJournalError(
    'log.diverged',
    {
      nl: `Het logboek ${name} is gewijzigd buiten dit venster om (een tweede exemplaar van Ketenbord of een ander programma schreef erin). Om de keten niet te splitsen schrijft Ketenbord er nu niet in: de regel is NIET vastgelegd. Sluit het andere programma en open de werkmap opnieuw; controleer het logboek met "Keten controleren".`,
      en: `The log ${name} was changed outside this window (a second copy of Ketenbord or another program wrote to it). To keep the chain from splitting, Ketenbord does not write to it now: the entry was NOT recorded. Close the other program and open the workspace again; check the log with "Check the chain".`,
    },
    { filePath },
  );
}
