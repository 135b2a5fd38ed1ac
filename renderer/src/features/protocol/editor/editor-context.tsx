import { createContext, useContext } from 'react';
import type { Protocol } from '../../../../../shared/protocol/schema';
import type { ShownIssue } from './validate';

/** What every field needs from the editor, without passing it down through each section. */
export interface EditorApi {
  draft: Protocol;
  readOnly: boolean;
  update(change: (p: Protocol) => void): void;
  /** the message to show at a field, or undefined while the user has not left it yet */
  shownIssue(id: string): ShownIssue | undefined;
  touch(id: string): void;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside the protocol editor');
  return api;
}
