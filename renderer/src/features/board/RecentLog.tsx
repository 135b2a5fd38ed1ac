import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/i18n/locale';
import type { LogEntry } from '../../../../shared/log/entry-schema';
import { LOG_KIND_LABELS } from '../../../../shared/log/labels';
import { summaryOf } from '../../../../shared/log/summary';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import { timeOnly } from '../../components/format';
import { useLocale } from '../../i18n/use-locale';

/** A line in the reader's language: the app's own entries written out from their data, never codes. */
function entryText(e: LogEntry, lang: Locale, organisationName: (id: string) => string | undefined): string {
  if (e.kind === 'messageSent')
    return `${AUDIENCE_LABELS[e.audience].short[lang]}${e.action ? ` · ${e.action}` : ''}: ${e.summary}`;
  return summaryOf(e, lang, organisationName);
}

/** The last few lines of the log on the operator's screen: proof that a click was recorded. */
export function RecentLog({
  entries,
  organisations,
}: {
  entries: readonly LogEntry[];
  organisations: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  if (entries.length === 0) return null;
  return (
    <section className="recent-log" aria-label={t('recent')}>
      <h2>{t('recent')}</h2>
      <ol>
        {entries.map((e) => (
          <li key={e.seq}>
            <span className="recent-log__time">{timeOnly(e.occurredAt)}</span>{' '}
            <span className="recent-log__kind">{LOG_KIND_LABELS[e.kind][lang]}</span>{' '}
            {entryText(e, lang, (id) => organisations[id])} <span className="muted">({e.author})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
