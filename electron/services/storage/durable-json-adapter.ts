import type { Adapter } from 'lowdb';
import { type DurableFs, nodeDurableFs, writeFileDurable } from './durable-write';
import type { Texts } from './fs-errors';
import { parseDocumentText, readDocumentText } from './read-document';

/** What the document store's check says of a parsed file: its validated content, or why not. */
export type Checked<T> = { ok: true; data: T } | { ok: false; reason: string; texts: Texts };

/** A file that is there and readable, but not JSON or not valid: the store moves it aside. */
export class DamagedDocumentError extends Error {
  constructor(
    readonly reason: string,
    readonly texts: Texts,
  ) {
    super(reason);
    this.name = 'DamagedDocumentError';
  }
}

/**
 * lowdb adapter that reads through the document's own check and writes atomically and durably
 * (lowdb's own file adapter never fsyncs). `read` hands lowdb only validated, migrated content:
 * lowdb assigns whatever the adapter returns to `data`, so nothing unchecked may come out of here.
 */
export class DurableJsonFile<T> implements Adapter<T | null> {
  constructor(
    readonly filePath: string,
    private readonly label: Texts,
    /** validates and migrates; throws (touching nothing) for a file from a newer Ketenbord */
    private readonly check: (raw: unknown) => Checked<T>,
    private readonly io: DurableFs = nodeDurableFs,
  ) {}

  /**
   * null only when the file does not exist; a folder or a forbidden file throws the reader's
   * DocumentUnreadableError, damage (bad JSON, a file holding `null`, invalid content) throws
   * DamagedDocumentError with the reason in both languages.
   */
  async read(): Promise<T | null> {
    const text = await readDocumentText(this.filePath, this.label);
    if (text.kind === 'missing') return null;
    const parsed = parseDocumentText(text.text);
    const checked = parsed.ok ? this.check(parsed.raw) : parsed;
    if (!checked.ok) throw new DamagedDocumentError(checked.reason, checked.texts);
    return checked.data;
  }

  /** lowdb never writes its empty `null` default (it skips falsy data); refused here all the same */
  async write(data: T | null): Promise<void> {
    if (data === null) throw new Error('an absent document cannot be written');
    await writeFileDurable(this.filePath, `${JSON.stringify(data, null, 2)}\n`, this.io);
  }
}
