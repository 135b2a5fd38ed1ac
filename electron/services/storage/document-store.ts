import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { AppError, isAppError } from '../../../shared/errors/app-error';
import { listBackups, writeBackup } from './backups';
import type { DocumentSpec } from './document-spec';
import { type Checked, DamagedDocumentError, DurableJsonFile } from './durable-json-adapter';
import {
  type DurableFs,
  ensurePrivateDir,
  nodeDurableFs,
  removeLeftoverTempFiles,
  removeTempFilesIn,
} from './durable-write';
import { storageError, type Texts } from './fs-errors';
import { migrateDocument } from './migrate';
import { parseDocumentText } from './read-document';
import type { WriteGate } from './write-gate';

/** What went wrong when a document was opened, for the user to see and act on. */
export interface DocumentProblem {
  /**
   * corrupt: a JSON document failed to parse or validate (moved aside unless read-only);
   * unreadable: it cannot be read where it stands (a folder, no permission) and was left alone;
   * newerVersion: it was written by a newer Ketenbord and was left alone;
   * tornLogLine: a log journal's last line was cut off
   * logNotAsAnchored: a log journal is shorter than, or ends differently from, its anchor
   */
  kind: 'corrupt' | 'unreadable' | 'newerVersion' | 'tornLogLine' | 'logNotAsAnchored';
  file: string;
  movedTo: string;
  reason: string;
  newestGoodBackup: string | null;
  message: { nl: string; en: string };
}

export interface DocumentStoreOptions {
  /** read-only from the start: never repairs, moves, cleans up or writes anything */
  readOnly: boolean;
  backupDir: string;
  keepBackups?: number;
  now?: () => Date;
  /** asked before every save, inside the store's queue: the workspace lock decides at write time */
  gate?: WriteGate;
  /** the file-system calls of a save; tests inject failing ones */
  fs?: DurableFs;
}

/**
 * One JSON document on disk (protocol.json, an incident file, the settings) kept in a lowdb `Low`
 * with a durable adapter, used as lowdb: `db.read()` on open, `db.data` in memory, `db.write()` on
 * save. The adapter's read validates and migrates; a file that fails is moved aside as
 * `*.corrupt-<timestamp>` and never overwritten; every save first backs up the previous version.
 * A save sets `db.data` and writes it; when the disk refuses, the previous data is put back, so
 * memory never stays ahead of disk (a reader during the write sees the version being written).
 * A document whose spec has no sensible default (an incident) is "absent" after such a failure:
 * reading it throws the spec's own error, restoring a backup brings it back.
 *
 * lowdb's `read()` keeps the default when the adapter returns a falsy value; that is how a missing
 * file shows (null), and a validated document is always an object, so nothing real is dropped.
 */
export class DocumentStore<T> {
  private queue: Promise<unknown> = Promise.resolve();
  /** true while the document only exists in memory (new, or replaced after a corrupt file) */
  private unsaved: boolean;
  private currentProblem: DocumentProblem | null;
  /** why there is no data at all (no default, and no readable file); null when there is */
  private absent: AppError | null;

  private constructor(
    readonly spec: DocumentSpec<T>,
    readonly filePath: string,
    /** null only while `absent` says why (lowdb wants a default even then) */
    private readonly db: Low<T | null>,
    private readonly options: DocumentStoreOptions,
    problem: DocumentProblem | null,
    unsaved: boolean,
    absent: AppError | null,
  ) {
    this.unsaved = unsaved;
    this.currentProblem = problem;
    this.absent = absent;
  }

  /**
   * Opens the document. Throws (and touches nothing) for a file from a newer Ketenbord
   * (NewerSchemaError) and for one that cannot be read where it stands (DocumentUnreadableError).
   */
  static async open<T>(
    spec: DocumentSpec<T>,
    filePath: string,
    options: DocumentStoreOptions,
  ): Promise<DocumentStore<T>> {
    const now = options.now ?? (() => new Date());
    if (!options.readOnly) {
      await removeLeftoverTempFiles(filePath);
      await removeTempFilesIn(options.backupDir);
    }
    const fileName = path.basename(filePath);
    const adapter = new DurableJsonFile<T>(
      filePath,
      spec.label,
      (raw) => check(spec, raw, fileName), // throws for a newer version: refuse, don't move
      options.fs ?? nodeDurableFs,
    );
    const db = new Low<T | null>(adapter, null);
    const fresh = (problem: DocumentProblem | null) => {
      const { data, absent } = defaultsOf(spec);
      db.data = data;
      return new DocumentStore(spec, filePath, db, options, problem, true, absent);
    };

    let damage: DamagedDocumentError;
    try {
      await db.read(); // a folder, a forbidden file, a newer version: thrown, and nothing touched
      if (db.data === null) return fresh(null); // no file yet
      return new DocumentStore(spec, filePath, db, options, null, false, null);
    } catch (error) {
      if (!(error instanceof DamagedDocumentError)) throw error;
      damage = error;
    }

    // Never overwrite what we cannot read: move it aside (unless read-only) and offer a backup.
    const movedTo = options.readOnly
      ? filePath
      : `${filePath}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    if (!options.readOnly) {
      await fs.rename(filePath, movedTo).catch((error: unknown) => {
        throw storageError(
          error,
          {
            nl: `${fileName} apart zetten (het is beschadigd)`,
            en: `Setting ${fileName} aside (it is damaged)`,
          },
          { nl: 'Het bestand is niet gewijzigd.', en: 'The file was not changed.' },
        );
      });
    }
    const newestGoodBackup = await findNewestGoodBackup(spec, options.backupDir);
    return fresh({
      kind: 'corrupt',
      file: filePath,
      movedTo,
      reason: damage.reason,
      newestGoodBackup,
      message: corruptMessage(spec, fileName, damage.texts, movedTo, newestGoodBackup, options.readOnly),
    });
  }

  /** The current, validated content. Treat as read-only: change it through update(). */
  get data(): T {
    if (this.absent) throw this.absent;
    return this.db.data as T; // not absent: the data is the document (see `db`)
  }

  /** False when there is no content at all (see `absent` in the class comment). */
  get available(): boolean {
    return this.absent === null;
  }

  get isUnsaved(): boolean {
    return this.unsaved;
  }

  /** What went wrong opening the file; cleared once a good version has been saved over it. */
  get problem(): DocumentProblem | null {
    return this.currentProblem;
  }

  /** Applies a change to a copy, validates it, backs up the old file, then writes durably. */
  update(change: (draft: T) => T | undefined): Promise<T> {
    return this.enqueue(async () => {
      const draft = structuredClone(this.data);
      const next = change(draft) ?? draft;
      return this.save(next);
    });
  }

  replace(next: T): Promise<T> {
    return this.enqueue(() => this.save(next));
  }

  /** Restores a backup file over the document (the current version is itself backed up first). */
  restoreFrom(backupFile: string): Promise<T> {
    return this.enqueue(async () => {
      const parsed = parseDocumentText(await fs.readFile(backupFile, 'utf8'));
      const checked = parsed.ok ? check(this.spec, parsed.raw, path.basename(backupFile)) : parsed;
      if (!checked.ok) {
        throw new AppError('backup.invalid', {
          nl: `Deze reservekopie is ook niet bruikbaar: ${checked.texts.nl}`,
          en: `This backup cannot be used either: ${checked.texts.en}`,
        });
      }
      return this.save(checked.data);
    });
  }

  listBackups(): Promise<string[]> {
    return listBackups(this.options.backupDir);
  }

  private async save(next: T): Promise<T> {
    if (this.options.readOnly) {
      throw new AppError('document.readOnly', {
        nl: 'Alleen-lezen: deze wijziging is niet opgeslagen.',
        en: 'Read-only: this change was not saved.',
      });
    }
    // asked here, inside the queue, right before the write: a lock lost a moment ago counts
    await this.options.gate?.assertWritable();
    const parsed = this.spec.schema.safeParse(next);
    if (!parsed.success) {
      throw new AppError(
        'document.invalid',
        {
          nl: `De wijziging is niet opgeslagen omdat ${this.spec.label.nl} dan niet meer klopt: ${describeIssues(parsed.error.issues)}`,
          en: `The change was not saved because ${this.spec.label.en} would no longer be valid: ${describeIssues(parsed.error.issues)}`,
        },
        { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
      );
    }
    const now = this.options.now ?? (() => new Date());
    const io = this.options.fs ?? nodeDurableFs;
    const before = this.db.data;
    try {
      const previous = await readIfExists(this.filePath);
      if (previous !== null)
        await writeBackup(this.options.backupDir, previous, now(), this.options.keepBackups, io);
      await ensurePrivateDir(path.dirname(this.filePath));
      this.db.data = parsed.data;
      await this.db.write();
    } catch (error) {
      // the disk refused: memory goes back to what is on disk
      this.db.data = before;
      throw storageError(error, savingWhat(this.spec.label), {
        nl: 'De vorige versie is ongewijzigd; er is niets half opgeslagen.',
        en: 'The previous version is unchanged; nothing was half saved.',
      });
    }
    this.unsaved = false;
    this.absent = null;
    this.currentProblem = null;
    return parsed.data;
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** The spec's empty document, or — for a spec that refuses to invent one — why there is none. */
function defaultsOf<T>(spec: DocumentSpec<T>): { data: T | null; absent: AppError | null } {
  try {
    return { data: spec.create(), absent: null };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { data: null, absent: error };
  }
}

function savingWhat(label: Texts): Texts {
  return { nl: `${label.nl.charAt(0).toUpperCase()}${label.nl.slice(1)} opslaan`, en: `Saving ${label.en}` };
}

function check<T>(spec: DocumentSpec<T>, raw: unknown, fileName: string): Checked<T> {
  const migrated = migrateDocument(spec, raw, fileName); // throws for a newer version: refuse, don't move
  const parsed = spec.schema.safeParse(migrated);
  if (parsed.success) return { ok: true, data: parsed.data };
  const reason = describeIssues(parsed.error.issues);
  return {
    ok: false,
    reason,
    texts: { nl: `de inhoud klopt niet (${reason})`, en: `the content is not valid (${reason})` },
  };
}

export async function findNewestGoodBackup<T>(
  spec: DocumentSpec<T>,
  backupDir: string,
): Promise<string | null> {
  for (const file of await listBackups(backupDir)) {
    try {
      const parsed = parseDocumentText(await fs.readFile(file, 'utf8'));
      if (parsed.ok && check(spec, parsed.raw, path.basename(file)).ok) return file;
    } catch {
      // a damaged or newer backup is not a good one; try the next
    }
  }
  return null;
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(bestand)'}: ${i.message}`)
    .join('; ');
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function corruptMessage(
  spec: DocumentSpec<unknown>,
  fileName: string,
  why: Texts,
  movedTo: string,
  backup: string | null,
  readOnly: boolean,
): { nl: string; en: string } {
  const aside = path.basename(movedTo);
  const nlBackup = backup
    ? ` Er is een goede reservekopie van ${path.basename(backup)}; u kunt die terugzetten.`
    : ' Er is geen bruikbare reservekopie.';
  const enBackup = backup
    ? ` A good backup from ${path.basename(backup)} exists; you can restore it.`
    : ' No usable backup exists.';
  if (readOnly) {
    return {
      nl: `${fileName} (${spec.label.nl}) is beschadigd en kan niet worden gelezen: ${why.nl}.${nlBackup}`,
      en: `${fileName} (${spec.label.en}) is damaged and cannot be read: ${why.en}.${enBackup}`,
    };
  }
  return {
    nl: `${fileName} (${spec.label.nl}) was beschadigd en kon niet worden gelezen: ${why.nl}. Het bestand is niet weggegooid maar bewaard als ${aside}.${nlBackup}`,
    en: `${fileName} (${spec.label.en}) was damaged and could not be read: ${why.en}. It was not thrown away but kept as ${aside}.${enBackup}`,
  };
}
