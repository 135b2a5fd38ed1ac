import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../../../shared/log/entry-schema';
import { LOG_KIND_LABELS } from '../../../../shared/log/labels';
import { AUDIENCE_LABELS, NATURE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { timeOnly } from './format';
import { type Lang, useLang } from './lang';

function entryText(e: LogEntry, lang: Lang): string {
  switch (e.kind) {
    case 'messageSent':
      return `${AUDIENCE_LABELS[e.audience].short[lang]}${e.action ? ` · ${e.action}` : ''}: ${e.summary}`;
    case 'incidentChange': {
      const c = e.change;
      if (c.field === 'phase')
        return `${PHASE_LABELS[c.from].short[lang]} → ${PHASE_LABELS[c.to].short[lang]}`;
      if (c.field === 'natures') return c.to.map((n) => NATURE_LABELS[n].short[lang]).join(', ');
      if (c.field === 'visibility') return `${AUDIENCE_LABELS[c.audience].short[lang]}: ${c.from} → ${c.to}`;
      if (c.field === 'created') return c.title;
      if (c.field === 'title') return c.to;
      return `${c.from} → ${c.to}`;
    }
    case 'correction':
      return `#${e.corrects}: ${e.reason}`;
    case 'decision':
      return e.reason ? `${e.summary} — ${e.reason}` : e.summary;
    default:
      return e.summary;
  }
}

/** The last few lines of the log on the operator's screen: proof that a click was recorded. */
export function RecentLog({ entries }: { entries: readonly LogEntry[] }) {
  const { t } = useTranslation('board');
  const lang = useLang();
  if (entries.length === 0) return null;
  return (
    <section className="recent-log" aria-label={t('recent')}>
      <h2>{t('recent')}</h2>
      <ol>
        {entries.map((e) => (
          <li key={e.seq}>
            <span className="recent-log__time">{timeOnly(e.occurredAt)}</span>{' '}
            <span className="recent-log__kind">{LOG_KIND_LABELS[e.kind][lang]}</span> {entryText(e, lang)}{' '}
            <span className="muted">({e.author})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
