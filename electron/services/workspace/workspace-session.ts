import path from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import type { DocumentSpec } from '../storage/document-spec';
import { type DocumentProblem, DocumentStore, findNewestGoodBackup } from '../storage/document-store';
import { ensurePrivateDir } from '../storage/durable-write';
import { fsCause, isPermissionError, storageError, type Texts } from '../storage/fs-errors';
import { NewerSchemaError } from '../storage/migrate';
import { DocumentUnreadableError } from '../storage/read-document';
import type { WriteGate } from '../storage/write-gate';
import { assertWorkspaceFolder, folderState } from './workspace-folder';
import {
  acquireWorkspaceLock,
  describeLockOwner,
  type HeldLock,
  type LockOwner,
  type LockTiming,
} from './workspace-lock';

export const INCIDENTS_DIR = 'incidents';
export const BACKUPS_DIR = 'backups';

/**
 * writer: this process holds the lock. shared: another instance holds it (or the folder cannot be
 * written), so everything reads and nothing writes. reading: opened by openForReading, for the
 * command line: no lock, nothing created, moved, repaired or cleaned up, ever.
 */
export type WorkspaceMode = 'writer' | 'shared' | 'reading';

/**
 * An open workspace folder: the lock, the documents in it, and what went wrong opening them.
 * Every store and journal opened through it asks its `gate` before each write, so the moment the
 * lock is lost (or found to belong to someone else) nothing in this session writes any more.
 */
export class WorkspaceSession {
  private readonly documents = new Map<string, Promise<DocumentStore<unknown>>>();
  private readonly closers: Array<() => Promise<void>> = [];
  private readonly lockLostListeners: Array<() => void> = [];
  readonly problems: DocumentProblem[] = [];
  private lockLost = false;

  /** What every store and journal of this session asks before it writes. */
  readonly gate: WriteGate = { assertWritable: () => this.assertStillWritable() };

  private constructor(
    readonly dir: string,
    readonly mode: WorkspaceMode,
    private readonly lock: HeldLock | null,
    readonly lockOwner: LockOwner | null,
    private readonly sharedReason: Texts | null = null,
  ) {}

  /**
   * Opens a workspace to work in: takes the lock when it can (read-only with a reason when it
   * cannot), creates the folder when asked, but only ever turns an empty folder into a workspace.
   */
  static async open(
    dir: string,
    options: { create: boolean; lockTiming?: LockTiming },
  ): Promise<WorkspaceSession> {
    const absolute = path.resolve(dir);
    const state = await folderState(absolute);
    if (state.kind === 'missing' && !options.create) throw missingError(absolute);
    assertWorkspaceFolder(absolute, state);
    if (state.kind === 'missing') {
      await ensurePrivateDir(absolute).catch((error: unknown) => {
        throw storageError(
          error,
          { nl: `De map ${absolute} aanmaken`, en: `Creating the folder ${absolute}` },
          { nl: 'Kies een andere plek voor de werkmap.', en: 'Choose another place for the workspace.' },
        );
      });
    }
    let session: WorkspaceSession | undefined;
    let lock: Awaited<ReturnType<typeof acquireWorkspaceLock>>;
    try {
      lock = await acquireWorkspaceLock(absolute, () => session?.markLockLost(), options.lockTiming ?? {});
    } catch (error) {
      // a folder we may not write to (a read-only share, no rights): open it to read, and say why
      if (!isPermissionError(error)) {
        throw storageError(
          error,
          { nl: 'De werkmap vergrendelen', en: 'Locking the workspace' },
          { nl: 'Er is niets gewijzigd.', en: 'Nothing was changed.' },
        );
      }
      const cause = fsCause(error);
      return new WorkspaceSession(absolute, 'shared', null, null, {
        nl: `Alleen-lezen: Ketenbord kan deze werkmap niet vergrendelen, want ${cause.nl}. U kunt alles lezen maar niets wijzigen.`,
        en: `Read-only: Ketenbord cannot lock this workspace because ${cause.en}. You can read everything but change nothing.`,
      });
    }
    if (!lock.acquired) return new WorkspaceSession(absolute, 'shared', null, lock.owner);
    session = new WorkspaceSession(absolute, 'writer', lock.lock, null);
    try {
      await ensurePrivateDir(path.join(absolute, INCIDENTS_DIR));
      await ensurePrivateDir(path.join(absolute, BACKUPS_DIR));
    } catch (error) {
      await session.close();
      throw storageError(
        error,
        { nl: 'De mappen van de werkmap aanmaken', en: 'Creating the workspace folders' },
        { nl: 'De werkmap is niet geopend.', en: 'The workspace was not opened.' },
      );
    }
    return session;
  }

  /**
   * Opens a workspace only to read it (the command line: check, verify-log, export, status). It
   * never takes the lock, so it works beside a running app, and never creates, moves, renames,
   * repairs or removes anything: a damaged file is reported where it lies, a torn log line is left
   * in place, temp files stay. Read through `document()`, the incident repository, `readProtocol`
   * and `incidentJournal` as usual (or the WorkspaceReader in workspace-reader.ts); every write
   * is refused. Throws an AppError when the folder is missing or is not a workspace.
   */
  static async openForReading(dir: string): Promise<WorkspaceSession> {
    const absolute = path.resolve(dir);
    const state = await folderState(absolute);
    if (state.kind === 'missing') throw missingError(absolute);
    assertWorkspaceFolder(absolute, state);
    return new WorkspaceSession(absolute, 'reading', null, null);
  }

  get readOnly(): boolean {
    return this.mode !== 'writer' || this.lockLost;
  }

  /** Why this workspace is read-only, in words for the user; null when it is writable. */
  readOnlyReason(): { nl: string; en: string } | null {
    if (!this.readOnly) return null;
    if (this.lockLost) {
      return {
        nl: 'De vergrendeling van deze werkmap is overgenomen door een ander exemplaar. Ketenbord schrijft niet meer; open de werkmap opnieuw.',
        en: 'Another copy took over the lock of this workspace. Ketenbord no longer writes; open the workspace again.',
      };
    }
    if (this.mode === 'reading') {
      return {
        nl: 'Alleen-lezen geopend: de werkmap wordt alleen gelezen, er wordt niets gewijzigd.',
        en: 'Opened read-only: the workspace is only read, nothing is changed.',
      };
    }
    if (this.sharedReason) return this.sharedReason;
    const who = describeLockOwner(this.lockOwner);
    return {
      nl: `Alleen-lezen: ${who.nl} werkt al in deze werkmap. U kunt alles lezen maar niets wijzigen tot die daar stopt.`,
      en: `Read-only: ${who.en} is already working in this workspace. You can read everything but change nothing until they stop.`,
    };
  }

  assertWritable(): void {
    const reason = this.readOnlyReason();
    if (reason) throw new AppError('workspace.readOnly', reason);
  }

  /** Called when the lock is found lost; every store and journal of this session stops writing. */
  onLockLost(listener: () => void): void {
    this.lockLostListeners.push(listener);
  }

  /** Opens (once) and returns the document at `relativePath`, e.g. 'protocol.json'. */
  document<T>(spec: DocumentSpec<T>, relativePath: string): Promise<DocumentStore<T>> {
    const filePath = this.resolve(relativePath);
    let pending = this.documents.get(filePath);
    if (!pending) {
      const backupDir = this.backupDirFor(relativePath);
      pending = DocumentStore.open(spec, filePath, {
        readOnly: this.readOnly,
        backupDir,
        gate: this.gate,
      }).then(
        (store) => {
          if (store.problem) this.addProblem(store.problem);
          return store;
        },
        async (error: unknown) => {
          // a newer or unreadable file stays where it is; the user sees why in the problems list
          if (error instanceof NewerSchemaError || error instanceof DocumentUnreadableError) {
            this.addProblem({
              kind: error instanceof NewerSchemaError ? 'newerVersion' : 'unreadable',
              file: filePath,
              movedTo: filePath,
              reason: error instanceof DocumentUnreadableError ? error.reason : 'nieuwere versie',
              newestGoodBackup: await findNewestGoodBackup(spec, backupDir).catch(() => null),
              message: { nl: error.nl, en: error.en },
            });
          }
          throw error;
        },
      ) as Promise<DocumentStore<unknown>>;
      // a failed open (e.g. a newer format) must not stay cached as failed forever
      pending.catch(() => this.documents.delete(filePath));
      this.documents.set(filePath, pending);
    }
    return pending as Promise<DocumentStore<T>>;
  }

  /** Whether the document at `relativePath` is already open (cached) in this session. */
  isOpen(relativePath: string): boolean {
    return this.documents.has(this.resolve(relativePath));
  }

  /** The store of `relativePath` if it is open already; never opens (or creates) anything. */
  async openStore(relativePath: string): Promise<DocumentStore<unknown> | null> {
    const pending = this.documents.get(this.resolve(relativePath));
    return pending ? pending.catch(() => null) : null;
  }

  /** Drops a document from this session (its file was removed) together with its problems. */
  forget(relativePath: string): void {
    const filePath = this.resolve(relativePath);
    this.documents.delete(filePath);
    this.clearProblems(filePath);
  }

  /** Removes the problems reported for `filePath` (it was restored or removed). */
  clearProblems(filePath: string): void {
    const keep = this.problems.filter((p) => p.file !== filePath);
    this.problems.splice(0, this.problems.length, ...keep);
  }

  /** Where the rolling backups of a document live: `backups/<path with / as __>/`. */
  backupDirFor(relativePath: string): string {
    return path.join(this.dir, BACKUPS_DIR, relativePath.replace(/[\\/]/g, '__').replace(/\.json$/, ''));
  }

  /** An absolute path inside the workspace; refuses anything that would escape it. */
  resolve(relativePath: string): string {
    const target = path.resolve(this.dir, relativePath);
    if (target !== this.dir && !target.startsWith(this.dir + path.sep)) {
      throw new Error(`Path escapes the workspace: ${relativePath}`);
    }
    return target;
  }

  /** Features register what must be closed with the workspace (open journal files, timers). */
  onClose(closer: () => Promise<void>): void {
    this.closers.push(closer);
  }

  async close(): Promise<void> {
    for (const closer of this.closers.splice(0).reverse()) await closer().catch(() => undefined);
    await this.lock?.release();
  }

  /** The gate: the remembered state first, then the lock on disk (it may have been taken over). */
  private async assertStillWritable(): Promise<void> {
    this.assertWritable();
    if (this.lock && !(await this.lock.stillOurs().catch(() => false))) {
      this.markLockLost();
      this.assertWritable();
    }
  }

  private markLockLost(): void {
    if (this.lockLost) return;
    this.lockLost = true;
    for (const listener of this.lockLostListeners) listener();
  }

  private addProblem(problem: DocumentProblem): void {
    if (this.problems.some((p) => p.file === problem.file && p.kind === problem.kind)) return;
    this.problems.push(problem);
  }
}

function missingError(absolute: string): AppError {
  return new AppError(
    'workspace.missing',
    {
      nl: `De werkmap ${absolute} bestaat niet (meer). Kies een andere map of maak een nieuwe.`,
      en: `The workspace ${absolute} does not exist (any more). Choose another folder or create a new one.`,
    },
    { dir: absolute },
  );
}
