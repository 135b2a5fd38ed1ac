import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardState } from '../../../../shared/board/board-state';
import type { WaitingItem } from '../../../../shared/verdicts/waiting';
import { timeOnly } from '../../components/format';
import { useNow } from '../../hooks/use-now';
import { useLiveBoardView } from './use-board-view';
import { shortened } from './wall-density';

/** Shapes from the basic fonts every projector PC has, so the state reads without colour too. */
const MARK = { overdue: '■', soon: '▲', later: '●' } as const;
const SOON_MS = 15 * 60_000;

interface WaitingStripProps {
  items: readonly WaitingItem[];
  now: Date;
  /** how many fit on the wall; the rest are counted ("+3 meer") */
  max: number;
  /** on the wall: summaries cut to about this many characters, so the strip stays one line */
  textLimit?: number | undefined;
}

/** The waiting strip as of this second: what is overdue changes with the clock. */
export function LiveWaitingStrip({
  state,
  max,
  textLimit,
}: {
  state: BoardState;
  max: number;
  textLimit?: number;
}) {
  const view = useLiveBoardView(state);
  const now = useNow();
  const items = view?.waiting ?? [];
  // Worked out every second, re-rendered only when what the strip shows changed (an item comes,
  // goes, turns "soon" or overdue): most seconds it stays as it was.
  const shown = items
    .slice(0, max)
    .map((i) => `${itemKey(i)}|${i.dueAt}|${i.summary}|${levelOf(i, now)}`)
    .join(';');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` stands for the visible content of `items` at `now`
  return useMemo(
    () => (view ? <WaitingStrip items={items} now={now} max={max} textLimit={textLimit} /> : null),
    [shown, items.length, max, textLimit, view === null],
  );
}

function itemKey(item: WaitingItem): string {
  return `${item.kind}|${item.seq ?? ''}|${item.audience ?? ''}|${item.action ?? ''}|${item.clock ?? ''}|${item.monitorId ?? ''}`;
}

function levelOf(item: WaitingItem, now: Date): keyof typeof MARK {
  const due = item.dueAt ? Date.parse(item.dueAt) : null;
  if (item.overdue) return 'overdue';
  return due !== null && due - now.getTime() < SOON_MS ? 'soon' : 'later';
}

/**
 * What the room is waiting for, soonest first: questions awaiting an answer, promised updates,
 * actions open beyond the norm, legal deadlines. Overdue items stand out; answering a question or
 * sending the promised update takes its item away.
 */
export function WaitingStrip({ items, now, max, textLimit }: WaitingStripProps) {
  const { t } = useTranslation('board');
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  return (
    <section className="waiting-strip" aria-label={t('waiting.title')} data-testid="waiting-strip">
      <h2 className="waiting-strip__title">{t('waiting.title')}</h2>
      {items.length === 0 ? <p className="waiting-strip__none">{t('waiting.none')}</p> : null}
      <ol className="waiting-strip__items">
        {shown.map((item) => {
          const level = levelOf(item, now);
          return (
            <li key={itemKey(item)} className={`waiting-item waiting-item--${level}`} data-kind={item.kind}>
              <span aria-hidden="true" className="waiting-item__mark">
                {MARK[level]}
              </span>
              <span className="waiting-item__time">
                {item.dueAt ? timeOnly(item.dueAt) : t('waiting.noTime')}
              </span>
              <span
                className="waiting-item__text"
                title={item.basis ? `${item.summary} — ${item.basis}` : item.summary}
              >
                {shortened(item.summary, textLimit)}
              </span>
              {item.overdue ? <span className="waiting-item__overdue">{t('waiting.overdue')}</span> : null}
            </li>
          );
        })}
        {rest > 0 ? (
          <li className="waiting-item waiting-item--more">{t('waiting.more', { count: rest })}</li>
        ) : null}
      </ol>
    </section>
  );
}
