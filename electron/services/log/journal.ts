import { checkCorrection } from '../../../shared/log/corrections';
import type { LogEntry, LogEntryBody } from '../../../shared/log/entry-schema';
import type { Phase } from '../../../shared/model/vocabulary';
import { SerialQueue } from '../storage/serial-queue';
import type { WriteGate } from '../storage/write-gate';
import type { Anchor, AnchorWriter } from './anchor';
import type { AnchorCheck } from './anchor-check';
import {
  closedError,
  divergedError,
  failedEarlierError,
  unconfirmedError,
  writeFailed,
} from './append-errors';
import { normaliseOccurredAt, validateEntry } from './entry-checks';
import { JournalReadOnlyError, LogJournalError } from './errors';
import { hashLine } from './hash';
import type { JournalFile } from './journal-file';
import {
  type JournalIntegrity,
  type JournalRecovery,
  type OpenedJournal,
  type OpenJournalOptions,
  openJournalFiles,
} from './journal-open';
import { type AnchorSummary, summaryOf } from './verify-file';

export type { JournalIntegrity, JournalRecovery, OpenJournalOptions } from './journal-open';

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

  readonly filePath: string;
  readonly incidentId: string;
  readonly readOnly: boolean;
  readonly integrity: JournalIntegrity;
  private readonly handle: JournalFile | null;
  private readonly now: () => Date;
  private readonly gate: WriteGate | null;
  private readonly anchorStatus: AnchorCheck['status'];
  /** the writer's open anchor file; null when read-only */
  private readonly anchorFile: AnchorWriter | null;

  private constructor(opened: OpenedJournal) {
    this.filePath = opened.filePath;
    this.incidentId = opened.incidentId;
    this.readOnly = opened.readOnly;
    this.integrity = opened.integrity;
    this.handle = opened.handle;
    this.now = opened.now;
    this.gate = opened.gate;
    this.anchorStatus = opened.anchorStatus;
    this.anchorFile = opened.anchorFile;
    this.anchor = opened.anchor;
    this.list = opened.entries;
    this.head = opened.headHash;
    this.size = opened.size;
    this.lastLineStart = opened.lastLineStart;
  }

  /** Opens the journal file (creating it for a writer), reads and checks it; see openJournalFiles. */
  static async open(
    filePath: string,
    options: OpenJournalOptions,
  ): Promise<{ journal: LogJournal; recovery: JournalRecovery }> {
    const { opened, recovery } = await openJournalFiles(filePath, options);
    return { journal: new LogJournal(opened), recovery };
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

    const entry = validateEntry({
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
    if (this.state === 'closed') throw closedError();
    if (this.state === 'failed') throw failedEarlierError();
    if (this.state === 'diverged') throw divergedError(this.filePath);
  }

  /** seq n normally sits at index n-1; search only when a damaged journal has gaps. */
  private findBySeq(seq: number): LogEntry | undefined {
    const guess = this.list[seq - 1];
    if (guess?.seq === seq) return guess;
    return this.list.find((e) => e.seq === seq);
  }
}
