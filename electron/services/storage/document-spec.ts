import type { z } from 'zod';

export type RawDocument = Record<string, unknown>;

/** One numbered step: turns a document of version `from` into version `from + 1`. */
export interface Migration {
  from: number;
  migrate(raw: RawDocument): RawDocument;
}

/** Everything the store needs to read, check, upgrade and create one kind of JSON document. */
export interface DocumentSpec<T> {
  /** short English name, used for backup folders and logs: 'protocol', 'incident', 'settings' */
  kind: string;
  /** how the user calls it, for messages: { nl: 'het protocol', en: 'the protocol' } */
  label: { nl: string; en: string };
  currentVersion: number;
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
  create(): T;
}
