import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../shared/i18n/locale';
import { ApiError, call } from '../api/client';
import { useAppStore } from '../state/app-store';
import { Banner } from './Banner';

/** Read-only state, damaged files with their backup offer, and a workspace that would not open. */
export function WorkspaceBanners() {
  const { t, i18n } = useTranslation();
  const workspace = useAppStore((s) => s.workspace);
  const refresh = useAppStore((s) => s.refreshWorkspace);
  const [message, setMessage] = useState<string | null>(null);
  if (!workspace) return null;
  const lang = localeOf(i18n.language);

  async function restore(document: string, backup: string) {
    try {
      await call('workspace.restoreBackup', { document, backup });
      setMessage(t('workspace.restored'));
      await refresh();
    } catch (error) {
      setMessage(error instanceof ApiError ? error.text(lang) : String(error));
    }
  }

  return (
    <div className="banners">
      {workspace.error ? (
        <Banner tone="danger" role="alert" title={t('errors.title')}>
          {workspace.error[lang]}
        </Banner>
      ) : null}
      {workspace.readOnlyReason ? (
        <Banner tone="warning" role="alert" title={t('workspace.readOnlyTitle')}>
          <span data-testid="read-only-reason">{workspace.readOnlyReason[lang]}</span>
        </Banner>
      ) : null}
      {workspace.problems.map((p) => (
        <Banner key={p.document} tone="danger" role="alert" title={t('workspace.problemTitle')}>
          <p>{p.message[lang]}</p>
          {p.newestGoodBackup && !workspace.readOnly ? (
            <button type="button" onClick={() => restore(p.document, p.newestGoodBackup ?? '')}>
              {t('workspace.restore')}
            </button>
          ) : null}
        </Banner>
      ))}
      {message ? (
        <p className="toast" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
