import { z } from 'zod';
import { method } from './define';

export const hostSchema = z.enum(['electron', 'web']);
export type Host = z.infer<typeof hostSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: hostSchema,
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const saveFileInputSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\\/:*?"<>|]+$/, 'ongeldige bestandsnaam'),
  mime: z.string().max(100),
  base64: z.string().max(60 * 1024 * 1024),
});

export const appMethods = {
  'app.info': method(z.object({}), appInfoSchema),
  /** Electron: a save dialog. The browser host answers host.unsupported; the renderer downloads instead. */
  'host.saveFile': method(saveFileInputSchema, z.object({ saved: z.boolean(), path: z.string().nullable() })),
  /** Electron: a second window for the projector. The browser host opens /board in a tab instead. */
  'host.projector': method(z.object({ open: z.boolean() }), z.object({ open: z.boolean() })),
  /**
   * Browser host: the link that opens the board with a projector's own token, so the back end
   * knows it is a projector (no private numbers, no log lines, read only). Electron answers
   * host.unsupported: its projector is its own window (host.projector).
   */
  'host.projectorLink': method(z.object({}), z.object({ url: z.string() })),
};
