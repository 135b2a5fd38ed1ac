import { promises as fs } from 'node:fs';
import { AppError } from '../../../shared/errors/app-error';
import { fsCause } from '../storage/fs-errors';

/** Names whose presence says "this folder already is a Ketenbord workspace". */
const WORKSPACE_MARKERS = new Set([
  'protocol.json',
  'incidents',
  'board.json',
  'exercise-calendar.json',
  'backups',
  '.ketenbord.lock',
  '.ketenbord.lock-owner.json',
]);
/** What file managers leave in any folder; a folder holding only these is still empty. */
const OS_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.directory', '.localized']);

export type FolderState =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'workspace' }
  | { kind: 'other'; names: string[] }
  | { kind: 'notAFolder' }
  | { kind: 'unreadable'; error: unknown };

/** What is at `dir`, judged without changing anything. */
export async function folderState(dir: string): Promise<FolderState> {
  const stat = await fs.stat(dir).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (stat instanceof Error) {
    return stat.code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', error: stat };
  }
  if (!stat.isDirectory()) return { kind: 'notAFolder' };
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    return { kind: 'unreadable', error };
  }
  const own = names.filter((n) => !OS_LITTER.has(n));
  if (own.length === 0) return { kind: 'empty' };
  if (own.some((n) => WORKSPACE_MARKERS.has(n))) return { kind: 'workspace' };
  return { kind: 'other', names: own.sort() };
}

/**
 * A workspace is only ever made in an empty folder, or opened in one that already is a workspace:
 * a home folder or a folder of documents is refused, so Ketenbord's files never mix with the user's.
 */
export function assertWorkspaceFolder(dir: string, state: FolderState): void {
  if (state.kind === 'notAFolder') {
    throw new AppError(
      'workspace.notAFolder',
      {
        nl: `${dir} is een bestand, geen map. Kies een map als werkmap.`,
        en: `${dir} is a file, not a folder. Choose a folder as the workspace.`,
      },
      { dir },
    );
  }
  if (state.kind === 'unreadable') {
    const cause = fsCause(state.error);
    throw new AppError(
      'workspace.unreadable',
      {
        nl: `De map ${dir} kan niet worden geopend: ${cause.nl}.`,
        en: `The folder ${dir} cannot be opened: ${cause.en}.`,
      },
      { dir },
    );
  }
  if (state.kind === 'other') {
    const examples = state.names.slice(0, 3).join(', ');
    const more = state.names.length > 3 ? ', …' : '';
    throw new AppError(
      'workspace.notEmpty',
      {
        nl: `De map ${dir} is geen Ketenbord-werkmap en is niet leeg (er staat onder meer ${examples}${more} in). Ketenbord maakt een werkmap alleen in een lege map, zodat uw eigen bestanden er niet tussen komen. Kies een lege map, maak een nieuwe, of kies een bestaande werkmap.`,
        en: `The folder ${dir} is not a Ketenbord workspace and is not empty (it holds ${examples}${more} among others). Ketenbord only makes a workspace in an empty folder, so your own files do not get mixed in. Choose an empty folder, make a new one, or choose an existing workspace.`,
      },
      { dir, found: state.names.length },
    );
  }
}
