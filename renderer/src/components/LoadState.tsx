import { useTranslation } from 'react-i18next';
import type { LiveCall } from '../api/use-live-call';
import './load-state.css';

/**
 * What a screen shows instead of its data: "loading" while the first answer is on its way, or why
 * it failed with a way to ask again. Renders nothing once there is data, so a failed refetch keeps
 * the screen and only adds the message above it.
 */
export function LoadState({
  query,
}: {
  query: Pick<LiveCall<unknown>, 'data' | 'error' | 'loading' | 'reload'>;
}) {
  const { t, i18n } = useTranslation();
  if (query.error) {
    return (
      <div className="load-error" role="alert" data-testid="load-error">
        <p>
          <strong>{t('data.loadFailed')}</strong> {query.error.text(i18n.language)}
        </p>
        <button type="button" className="secondary" onClick={query.reload}>
          {t('actions.retry')}
        </button>
      </div>
    );
  }
  if (query.loading) return <p className="loading">{t('loading')}</p>;
  return null;
}
