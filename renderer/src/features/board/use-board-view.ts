import { useMemo } from 'react';
import type { BoardState } from '../../../../shared/board/board-state';
import { type BoardView, deriveBoard } from '../../../../shared/board/derive';
import type { Locale } from '../../../../shared/i18n/locale';
import { useNow } from '../../hooks/use-now';
import { useLocale } from '../../i18n/use-locale';

/**
 * The board as of the moment its data arrived: the verdicts, what is open, the clocks for dialogs.
 * It changes with the data, not with the clock, so the matrix does not re-render every second.
 */
/** `at`: replay's moment; without it, now. */
export function useBoardView(state: BoardState | null, at?: Date): BoardView | null {
  const lang = useLocale();
  const atMs = at?.getTime();
  return useMemo(
    () => (state ? deriveBoard(state, atMs === undefined ? new Date() : new Date(atMs), lang) : null),
    [state, lang, atMs],
  );
}

/**
 * The same, worked out again every second: for the parts that show the legal clocks and what is
 * overdue (the header's clocks, the waiting strip). Cheap: a few clocks and a short list, whatever
 * the length of the log.
 */
export function useLiveBoardView(state: BoardState): BoardView | null {
  const lang = useLocale();
  const now = useNow();
  return useMemo(() => liveView(state, now, lang), [state, now, lang]);
}

/** The header's clocks and the waiting strip tick together: work the second out once for both. */
let lastLive: { state: BoardState; now: Date; lang: string; view: BoardView | null } | null = null;

function liveView(state: BoardState, now: Date, lang: Locale): BoardView | null {
  if (lastLive && lastLive.state === state && lastLive.now === now && lastLive.lang === lang)
    return lastLive.view;
  const view = deriveBoard(state, now, lang);
  lastLive = { state, now, lang, view };
  return view;
}
