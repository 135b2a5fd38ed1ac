import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import type { DocumentSpec } from '../storage/document-spec';
import { type DocumentProblem, DocumentStore } from '../storage/document-store';
import { ensurePrivateDir } from '../storage/durable-write';
import { acquireWorkspaceLock, describeLockOwner, type LockOwner } from './workspace-lock';

export const INCIDENTS_DIR = 'incidents';
export const BACKUPS_DIR = 'backups';

/**
 * An open workspace folder: the lock, the documents in it, and what went wrong opening them.
 * Without the lock it is read-only: everything reads, nothing writes.
 */
export class WorkspaceSession {
  private readonly documents = new Map<string, Promise<DocumentStore<unknown>>>();
  private readonly closers: Array<() => Promise<void>> = [];
  readonly problems: DocumentProblem[] = [];
  private lockLost = false;

  private constructor(
    readonly dir: string,
    private readonly lock: { release: () => Promise<void> } | null,
    readonly lockOwner: LockOwner | null,
  ) {}

  static async open(dir: string, options: { create: boolean }): Promise<WorkspaceSession> {
    const absolute = path.resolve(dir);
    const exists = await fs.stat(absolute).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!exists && !options.create) {
      throw new AppError(
        'workspace.missing',
        {
          nl: `De werkmap ${absolute} bestaat niet (meer). Kies een andere map of maak een nieuwe.`,
          en: `The workspace ${absolute} does not exist (any more). Choose another folder or create a new one.`,
        },
        { dir: absolute },
      );
    }
    await ensurePrivateDir(absolute);
    let session: WorkspaceSession | undefined;
    const lock = await acquireWorkspaceLock(absolute, () => {
      // Someone else took the lock (e.g. after this machine slept on a network share): stop writing.
      if (session) session.lockLost = true;
    });
    if (lock.acquired) {
      await ensurePrivateDir(path.join(absolute, INCIDENTS_DIR));
      await ensurePrivateDir(path.join(absolute, BACKUPS_DIR));
      session = new WorkspaceSession(absolute, { release: lock.release }, null);
    } else {
      session = new WorkspaceSession(absolute, null, lock.owner);
    }
    return session;
  }

  get readOnly(): boolean {
    return this.lock === null || this.lockLost;
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

  /** Opens (once) and returns the document at `relativePath`, e.g. 'protocol.json'. */
  document<T>(spec: DocumentSpec<T>, relativePath: string): Promise<DocumentStore<T>> {
    const filePath = this.resolve(relativePath);
    let pending = this.documents.get(filePath);
    if (!pending) {
      const backupDir = path.join(
        this.dir,
        BACKUPS_DIR,
        relativePath.replace(/[\\/]/g, '__').replace(/\.json$/, ''),
      );
      pending = DocumentStore.open(spec, filePath, { readOnly: this.readOnly, backupDir }).then((store) => {
        if (store.problem) this.problems.push(store.problem);
        return store;
      }) as Promise<DocumentStore<unknown>>;
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
}
