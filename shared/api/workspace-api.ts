import { z } from 'zod';
import { method } from './define';

const texts = z.object({ nl: z.string(), en: z.string() });

export const documentProblemSchema = z.object({
  /** path of the document inside the workspace, e.g. 'protocol.json' */
  document: z.string(),
  movedTo: z.string(),
  newestGoodBackup: z.string().nullable(),
  message: texts,
});

/**
 * An incident that is in the workspace but cannot be read (a damaged or newer-format file, one set
 * aside as damaged, or a log without its file). Listed, never silently dropped; its log stays readable.
 */
export const unreadableIncidentSchema = z.object({
  id: z.string(),
  /** the document to restore a backup into, e.g. 'incidents/<id>.json' */
  document: z.string(),
  reason: texts,
  /** file name of the newest good backup (for workspace.restoreBackup), or null */
  newestGoodBackup: z.string().nullable(),
  /** whether its log journal is there (and can be read on the log page) */
  hasLog: z.boolean(),
});
export type UnreadableIncident = z.infer<typeof unreadableIncidentSchema>;

export const workspaceStatusSchema = z.object({
  /** null when no workspace could be opened (see `error`) */
  dir: z.string().nullable(),
  readOnly: z.boolean(),
  readOnlyReason: texts.nullable(),
  problems: z.array(documentProblemSchema),
  error: texts.nullable(),
  recent: z.array(z.object({ dir: z.string(), openedAt: z.string() })),
  defaultDir: z.string(),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

const relativeDocument = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_./-]+$/)
  .refine((p) => !p.split('/').includes('..'), 'ongeldig pad');

export const workspaceMethods = {
  'workspace.status': method(z.object({}), workspaceStatusSchema),
  'workspace.open': method(
    z.object({ dir: z.string().min(1).max(4096), create: z.boolean() }),
    workspaceStatusSchema,
  ),
  'workspace.backups': method(
    z.object({ document: relativeDocument }),
    z.object({ backups: z.array(z.object({ name: z.string(), savedAt: z.string() })) }),
  ),
  'workspace.restoreBackup': method(
    z.object({ document: relativeDocument, backup: z.string().regex(/^[A-Za-z0-9_.-]+\.json$/) }),
    workspaceStatusSchema,
  ),
};
