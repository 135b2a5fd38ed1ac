import type { Adapter } from 'lowdb';
import { type DurableFs, nodeDurableFs, writeFileDurable } from './durable-write';
import { parseDocumentText, readDocumentText } from './read-document';

/**
 * lowdb adapter that reads raw JSON and writes atomically and durably. It deliberately returns
 * `unknown`: validation and migration happen in the document store, never silently here.
 */
export class DurableJsonFile implements Adapter<unknown> {
  constructor(
    readonly filePath: string,
    private readonly io: DurableFs = nodeDurableFs,
  ) {}

  /** null only when the file does not exist; damage throws (a file holding `null` is damage too). */
  async read(): Promise<unknown> {
    const text = await readDocumentText(this.filePath, { nl: 'het document', en: 'the document' });
    if (text.kind === 'missing') return null;
    const parsed = parseDocumentText(text.text);
    if (!parsed.ok) throw new SyntaxError(parsed.reason);
    return parsed.raw;
  }

  async write(data: unknown): Promise<void> {
    await writeFileDurable(this.filePath, `${JSON.stringify(data, null, 2)}\n`, this.io);
  }
}
