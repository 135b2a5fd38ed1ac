import { promises as fs } from 'node:fs';
import { type BrowserWindow, dialog } from 'electron';

export async function saveWithDialog(
  parent: BrowserWindow | null,
  input: { suggestedName: string; data: Buffer },
): Promise<{ saved: boolean; path: string | null }> {
  const options = { defaultPath: input.suggestedName };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false, path: null };
  await fs.writeFile(result.filePath, input.data, { mode: 0o600 });
  return { saved: true, path: result.filePath };
}
