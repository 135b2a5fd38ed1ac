import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardState } from '../../../../shared/board/board-state';
import { LEGAL_CLOCK_LABELS, type LegalClock } from '../../../../shared/clocks/legal-clocks';
import { clockFaceDuration } from '../../components/format';
import { useLocale } from '../../i18n/use-locale';
import { NotLive } from './BoardTimes';
import { useLiveBoardView } from './use-board-view';

/** Shapes from the basic sets every projector PC's fonts carry (⏱ and ⚠ often are missing). */
const ICON: Record<LegalClock['level'], string> = {
  ok: '●',
  amber: '▲',
  red: '▲',
  overdue: '■',
  stopped: '✓',
};

/** The legal clocks as of this second: the one part of the header besides the times that ticks. */
export function LiveLegalClocks({ state, live }: { state: BoardState; live: boolean }) {
  const view = useLiveBoardView(state);
  const clocks = view?.clocks ?? NO_CLOCKS;
  // The clocks are worked out every second, but the list re-renders only when what it shows
  // changed: an incident without a running legal clock (most of them) costs nothing per tick.
  const shown = clocks
    .map((c) => `${c.id}|${c.state}|${c.level}|${c.metDeadline}|${clockFaceDuration(c.remainingMs)}`)
    .join(';');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` stands for `clocks`' visible content
  return useMemo(
    () => (view ? <LegalClocks clocks={clocks} live={live} /> : null),
    [shown, live, view === null],
  );
}

const NO_CLOCKS: readonly LegalClock[] = [];

/** Running legal deadlines; amber and red as they run out, and never by colour alone. */
export function LegalClocks({ clocks, live = true }: { clocks: readonly LegalClock[]; live?: boolean }) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  if (clocks.length === 0) return null;
  return (
    <ul className="legal-clocks" aria-label={t('legalClocks')}>
      {clocks.map((c) => {
        const time = clockFaceDuration(c.remainingMs);
        let text: string;
        if (c.state === 'stopped') text = t(c.metDeadline ? 'clockStoppedOk' : 'clockStoppedLate', { time });
        else text = c.remainingMs > 0 ? t('clockLeft', { time }) : t('clockOverdue', { time });
        return (
          <li
            key={c.id}
            className={`legal-clock legal-clock--${c.level}`}
            title={`${LEGAL_CLOCK_LABELS[c.id].full[lang]} — ${LEGAL_CLOCK_LABELS[c.id].basis[lang]}`}
            data-clock={c.id}
          >
            <span aria-hidden="true">{ICON[c.level]}</span>
            <span className="legal-clock__name">{LEGAL_CLOCK_LABELS[c.id].short[lang]}</span>
            <span className="board-sr-only">{LEGAL_CLOCK_LABELS[c.id].basis[lang]}</span>
            <span className="legal-clock__time">{text}</span>
            {live || c.state === 'stopped' ? null : <NotLive />}
          </li>
        );
      })}
    </ul>
  );
}
