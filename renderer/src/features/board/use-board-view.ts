import { useMemo } from 'react';
import type { BoardState } from '../../../../shared/board/board-state';
import { type BoardView, boardClocks, boardEngine } from '../../../../shared/board/derive';
import { openActions } from '../../../../shared/matrix/engine';

/**
 * The matrix only changes with the data; the clocks change every second. The engine is memoised
 * on the data so the per-second tick only recomputes the few clocks.
 */
export function useBoardView(state: BoardState | null, now: Date): BoardView | null {
  const engine = useMemo(() => {
    if (!state?.incident) return null;
    const engine = boardEngine({ incident: state.incident, matrix: state.matrix, outcomes: state.outcomes });
    return { engine, openCount: openActions(engine).length };
  }, [state]);
  return useMemo(() => {
    if (!state?.incident || !engine) return null;
    const clocks = boardClocks({
      incident: state.incident,
      clockEntries: state.clockEntries,
      nis2Applies: state.nis2Applies,
      now,
    });
    return { ...engine, clocks };
  }, [state, engine, now]);
}
