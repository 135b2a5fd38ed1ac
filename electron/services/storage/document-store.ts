import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../../shared/errors/app-error';
import { listBackups, writeBackup } from './backups';
import type { DocumentSpec } from './document-spec';
import { DurableJsonFile } from './durable-json-adapter';
import { ensurePrivateDir, removeLeftoverTempFiles } from './durable-write';
import { migrateDocument } from './migrate';

/** What went wrong when a document was opened, for the user to see and act on. */
export interface DocumentProblem {
  /** corrupt: a JSON document failed to parse or validate; tornLogLine: a log journal's last line was cut off */
  kind: 'corrupt' | 'tornLogLine';
  file: string;
  movedTo: string;
  reason: string;
  newestGoodBackup: string | null;
  message: { nl: string; en: string };
}

export interface DocumentStoreOptions {
  readOnly: boolean;
  backupDir: string;
  keepBackups?: number;
  now?: () => Date;
}

type Checked<T> = { ok: true; data: T } | { ok: false; reason: string };

/**
 * One JSON document on disk (protocol.json, an incident file, the settings) kept in a lowdb `Low`
 * with a durable adapter. Reading validates and migrates; a file that fails is moved aside as
 * `*.corrupt-<timestamp>` and never overwritten; every save first backs up the previous version.
 */
export class DocumentStore<T> {
  private queue: Promise<unknown> = Promise.resolve();
  /** true while the document only exists in memory (new, or replaced after a corrupt file) */
  private unsaved: boolean;

  private constructor(
    readonly spec: DocumentSpec<T>,
    readonly filePath: string,
    private readonly db: Low<T>,
    private readonly options: DocumentStoreOptions,
    readonly problem: DocumentProblem | null,
    unsaved: boolean,
  ) {
    this.unsaved = unsaved;
  }

  static async open<T>(
    spec: DocumentSpec<T>,
    filePath: string,
    options: DocumentStoreOptions,
  ): Promise<DocumentStore<T>> {
    const now = options.now ?? (() => new Date());
    if (!options.readOnly) await removeLeftoverTempFiles(filePath);
    const adapter = new DurableJsonFile(filePath);
    const fileName = path.basename(filePath);

    let raw: unknown;
    let parseFailure: string | null = null;
    try {
      raw = await adapter.read();
    } catch (error) {
      if (error instanceof SyntaxError) parseFailure = `geen geldige JSON (${error.message})`;
      else throw error;
    }

    if (raw === null && parseFailure === null) {
      const db = new Low<T>(adapter as DurableJsonFile & { read(): Promise<T | null> }, spec.create());
      return new DocumentStore(spec, filePath, db, options, null, true);
    }

    const checked: Checked<T> = parseFailure
      ? { ok: false, reason: parseFailure }
      : check(spec, raw, fileName);
    if (checked.ok) {
      const db = new Low<T>(adapter as DurableJsonFile & { read(): Promise<T | null> }, checked.data);
      return new DocumentStore(spec, filePath, db, options, null, false);
    }

    // Never overwrite what we cannot read: move it aside (unless read-only) and offer a backup.
    const movedTo = options.readOnly
      ? filePath
      : `${filePath}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    if (!options.readOnly) await fs.rename(filePath, movedTo);
    const newestGoodBackup = await findNewestGoodBackup(spec, options.backupDir);
    const problem: DocumentProblem = {
      kind: 'corrupt',
      file: filePath,
      movedTo,
      reason: checked.reason,
      newestGoodBackup,
      message: corruptMessage(spec, fileName, movedTo, newestGoodBackup, options.readOnly),
    };
    const db = new Low<T>(adapter as DurableJsonFile & { read(): Promise<T | null> }, spec.create());
    return new DocumentStore(spec, filePath, db, options, problem, true);
  }

  /** The current, validated content. Treat as read-only: change it through update(). */
  get data(): T {
    return this.db.data;
  }

  get isUnsaved(): boolean {
    return this.unsaved;
  }

  /** Applies a change to a copy, validates it, backs up the old file, then writes durably. */
  update(change: (draft: T) => T | undefined): Promise<T> {
    return this.enqueue(async () => {
      const draft = structuredClone(this.db.data);
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
      const raw = JSON.parse(await fs.readFile(backupFile, 'utf8')) as unknown;
      const checked = check(this.spec, raw, path.basename(backupFile));
      if (!checked.ok) {
        throw new AppError('backup.invalid', {
          nl: `Deze reservekopie is ook niet bruikbaar: ${checked.reason}`,
          en: `This backup cannot be used either: ${checked.reason}`,
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
    const previous = await readIfExists(this.filePath);
    if (previous !== null)
      await writeBackup(this.options.backupDir, previous, now(), this.options.keepBackups);
    await ensurePrivateDir(path.dirname(this.filePath));
    // write first, then adopt: if the disk refuses, memory still matches what is on disk
    await this.db.adapter.write(parsed.data);
    this.db.data = parsed.data;
    this.unsaved = false;
    return parsed.data;
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function check<T>(spec: DocumentSpec<T>, raw: unknown, fileName: string): Checked<T> {
  const migrated = migrateDocument(spec, raw, fileName); // throws for a newer version: refuse, don't move
  const parsed = spec.schema.safeParse(migrated);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, reason: describeIssues(parsed.error.issues) };
}

export async function findNewestGoodBackup<T>(
  spec: DocumentSpec<T>,
  backupDir: string,
): Promise<string | null> {
  for (const file of await listBackups(backupDir)) {
    try {
      const raw = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
      if (check(spec, raw, path.basename(file)).ok) return file;
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
      nl: `${fileName} (${spec.label.nl}) is beschadigd en kan niet worden gelezen.${nlBackup}`,
      en: `${fileName} (${spec.label.en}) is damaged and cannot be read.${enBackup}`,
    };
  }
  return {
    nl: `${fileName} (${spec.label.nl}) was beschadigd en kon niet worden gelezen. Het bestand is niet weggegooid maar bewaard als ${aside}.${nlBackup}`,
    en: `${fileName} (${spec.label.en}) was damaged and could not be read. It was not thrown away but kept as ${aside}.${enBackup}`,
  };
}
