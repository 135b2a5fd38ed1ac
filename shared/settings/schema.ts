import { z } from 'zod';

export const SETTINGS_SCHEMA_VERSION = 1;
export const LANGUAGES = ['nl', 'en'] as const;
export const THEMES = ['dark', 'light'] as const;
export const MAX_RECENT_WORKSPACES = 8;

export const languageSchema = z.enum(LANGUAGES);
export const themeSchema = z.enum(THEMES);
export type Language = z.infer<typeof languageSchema>;
export type Theme = z.infer<typeof themeSchema>;

/** Per-user settings, kept outside any workspace (a workspace may be shared on a network drive). */
export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  language: languageSchema,
  theme: themeSchema,
  /** type scale for the board; a bigger room wants bigger letters */
  boardScale: z.number().min(0.75).max(2),
  /**
   * the board's single-letter keys (L, N, M, …); off for someone whose speech input or tremor
   * types letters by accident (WCAG 2.1.4). Files from before this setting read as on.
   */
  singleKeyShortcuts: z.boolean().default(true),
  recentWorkspaces: z
    .array(z.object({ dir: z.string().min(1), openedAt: z.string() }))
    .max(MAX_RECENT_WORKSPACES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema
  .pick({ language: true, theme: true, boardScale: true, singleKeyShortcuts: true })
  .partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function defaultSettings(): Settings {
  return {
    schemaVersion: 1,
    language: 'nl',
    theme: 'dark',
    boardScale: 1,
    singleKeyShortcuts: true,
    recentWorkspaces: [],
  };
}
