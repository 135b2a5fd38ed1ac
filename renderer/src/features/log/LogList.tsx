import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogRow } from '../../../../shared/api/log-api';
import { pick } from '../../../../shared/i18n/locale';
import { formatAmsterdam } from '../../../../shared/log/time';
import { PHASE_LABELS } from '../../../../shared/matrix/labels';
import { LogRowView } from './LogRowView';
import { itemAt, itemCount } from './phase-items';
import type { LogPages } from './use-log-pages';

interface Props {
  pages: LogPages;
  grouped: boolean;
  onCorrect(row: LogRow): void;
  onAnswered(row: LogRow): void;
  onReply(row: LogRow): void;
}

/**
 * The virtualised log: only the rows on screen exist in the DOM, and only their pages are
 * fetched. It follows the newest entry while the operator is at the bottom, and stays put when
 * they scrolled up to read.
 */
export function LogList({ pages, grouped, onCorrect, onAnswered, onReply }: Props) {
  const { t, i18n } = useTranslation('log');
  const scroller = useRef<HTMLElement>(null);
  const atBottom = useRef(true);
  const runs = pages.meta?.phaseRuns ?? [];
  const total = pages.meta?.total ?? 0;
  const count = itemCount(total, runs, grouped);
  const today = formatAmsterdam(new Date().toISOString(), 'dd-MM-yyyy');

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (itemAt(i, runs, grouped).type === 'header' ? 48 : 76),
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();

  const { ensureRange } = pages;
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (count === 0) return;
    const a = itemAt(first, runs, grouped);
    const b = itemAt(last, runs, grouped);
    const from = a.type === 'row' ? a.position : a.run.start;
    const to = b.type === 'row' ? b.position : b.run.start;
    ensureRange(from, Math.min(total - 1, to));
  }, [first, last, count, runs, grouped, total, ensureRange]);

  useEffect(() => {
    if (atBottom.current && count > 0) virtualizer.scrollToIndex(count - 1, { align: 'end' });
  }, [count, virtualizer]);

  function onScroll() {
    const el = scroller.current;
    if (el) atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
  }

  if (pages.meta && total === 0) return <p className="log-empty">{t('empty')}</p>;

  return (
    <section
      ref={scroller}
      className="log-list"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll area takes focus so arrow keys and Page Down scroll it without a mouse (WCAG 2.1.1)
      tabIndex={0}
      aria-label={t('title')}
      onScroll={onScroll}
      data-testid="log-list"
    >
      {/* only the rows on screen exist: each says where it stands in the whole log (1.3.1, 4.1.2) */}
      <ol className="log-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const item = itemAt(v.index, runs, grouped);
          return (
            <li
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              className="log-list__item"
              {...(item.type === 'row' ? { 'aria-posinset': item.position + 1, 'aria-setsize': total } : {})}
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {item.type === 'header' ? (
                <h2 className="log-phase">
                  {pick(PHASE_LABELS[item.run.phase].full, i18n.language)}
                  <span className="log-phase__count">{t('row.entries', { count: item.run.count })}</span>
                </h2>
              ) : (
                <RowOrPlaceholder
                  row={pages.rowAt(item.position)}
                  today={today}
                  onCorrect={onCorrect}
                  onAnswered={onAnswered}
                  onReply={onReply}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function RowOrPlaceholder({
  row,
  today,
  onCorrect,
  onAnswered,
  onReply,
}: {
  row: LogRow | undefined;
  today: string;
  onCorrect(row: LogRow): void;
  onAnswered(row: LogRow): void;
  onReply(row: LogRow): void;
}) {
  if (!row) return <div className="log-row log-row--loading" aria-hidden="true" />;
  return (
    <LogRowView row={row} today={today} onCorrect={onCorrect} onAnswered={onAnswered} onReply={onReply} />
  );
}
