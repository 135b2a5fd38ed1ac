import { z } from 'zod';
import type { DocumentSpec } from '../../../electron/services/storage/document-spec';

/** A small two-version document to exercise migrations: v1 had `name`, v2 splits it into `title`. */
export const noteSchema = z.object({
  schemaVersion: z.literal(2),
  title: z.string().min(1),
  tags: z.array(z.string()),
});
export type Note = z.infer<typeof noteSchema>;

export const noteSpec: DocumentSpec<Note> = {
  kind: 'note',
  label: { nl: 'de notitie', en: 'the note' },
  currentVersion: 2,
  schema: noteSchema,
  migrations: [{ from: 1, migrate: (raw) => ({ title: String(raw.name ?? ''), tags: [] }) }],
  create: () => ({ schemaVersion: 2, title: 'nieuw', tags: [] }),
};
