import { useMemo } from 'react';
import type { BoardState } from '../../../../shared/board/board-state';
import { type BoardView, deriveBoard } from '../../../../shared/board/derive';
import { useLang } from './lang';

/**
 * The verdicts come from the back end with the state; what changes every second (the legal
 * clocks, what is overdue in the waiting strip) is worked out here from them. Cheap: a few clocks
 * and a short list, whatever the length of the log.
 */
export function useBoardView(state: BoardState | null, now: Date): BoardView | null {
  const lang = useLang();
  return useMemo(() => (state ? deriveBoard(state, now, lang) : null), [state, now, lang]);
}
