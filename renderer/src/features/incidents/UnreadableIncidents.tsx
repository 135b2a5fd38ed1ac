import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnreadableIncident } from '../../../../shared/api/workspace-api';
import { call } from '../../api/client';
import { hrefFor } from '../../app/routes';
import { useSubmit } from '../../hooks/use-submit';
import { useLocale } from '../../i18n/use-locale';
import { useAppStore } from '../../state/app-store';

/** The backup file name says when it was made: 2026-03-01T08-00-00-000Z.json → 2026-03-01 08:00. */
function backupTime(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})/.exec(name);
  return m ? `${m[1]} ${m[2]}:${m[3]} UTC` : name;
}

/**
 * Incidents whose file cannot be read: never silently left out. Each says why, links to its log
 * (which stays readable) and offers its newest good backup.
 */
export function UnreadableIncidents({ items }: { items: readonly UnreadableIncident[] }) {
  const { t } = useTranslation('incident');
  const lang = useLocale();
  const readOnly = useAppStore((s) => s.workspace?.readOnly ?? false);
  const refresh = useAppStore((s) => s.refreshWorkspace);
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  if (items.length === 0) return null;

  const restore = (item: UnreadableIncident, backup: string) =>
    run(async () => {
      await call('workspace.restoreBackup', { document: item.document, backup });
      setDone(t('unreadable.restored'));
      await refresh();
    });

  return (
    <section aria-labelledby="unreadable-title" className="incidents-unreadable">
      <h2 id="unreadable-title">{t('unreadable.title')}</h2>
      <p>{t('unreadable.intro')}</p>
      {error ? <p className="field-error">{error}</p> : null}
      {done ? <p role="status">{done}</p> : null}
      <ul>
        {items.map((item) => (
          <li key={item.id} data-unreadable-incident={item.id}>
            <strong>{item.id}</strong>
            <p>{item.reason[lang]}</p>
            <div className="incidents-unreadable__actions">
              {item.hasLog ? <a href={hrefFor('log', item.id)}>{t('unreadable.showLog')}</a> : null}
              {item.newestGoodBackup ? (
                <button
                  type="button"
                  disabled={busy || readOnly}
                  onClick={() => void restore(item, item.newestGoodBackup ?? '')}
                >
                  {t('unreadable.restore', { backup: backupTime(item.newestGoodBackup) })}
                </button>
              ) : (
                <span className="muted">{t('unreadable.noBackup')}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
