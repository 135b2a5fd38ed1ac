import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { writeFileDurable } from './durable-write';

/**
 * lowdb adapter that reads raw JSON and writes atomically and durably. It deliberately returns
 * `unknown`: validation and migration happen in the document store, never silently here.
 */
export class DurableJsonFile implements Adapter<unknown> {
  constructor(readonly filePath: string) {}

  async read(): Promise<unknown> {
    let text: string;
    try {
      text = await fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as unknown;
  }

  async write(data: unknown): Promise<void> {
    await writeFileDurable(this.filePath, `${JSON.stringify(data, null, 2)}\n`);
  }
}
