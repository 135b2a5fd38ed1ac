import { type BrowserWindow, dialog } from 'electron';
import { writePrivateFile } from '../services/export/private-file';

export async function saveWithDialog(
  parent: BrowserWindow | null,
  input: { suggestedName: string; data: Buffer },
): Promise<{ saved: boolean; path: string | null }> {
  const options = { defaultPath: input.suggestedName };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false, path: null };
  // 0600 even when the user saves over an older export that was world-readable
  await writePrivateFile(result.filePath, input.data);
  return { saved: true, path: result.filePath };
}
