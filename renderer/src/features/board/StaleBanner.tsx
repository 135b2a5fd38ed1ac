import { useTranslation } from 'react-i18next';
import { clockTime } from './format';

/**
 * Says, unmissably, that the board is no longer up to date and since when: a board that keeps
 * ticking after its host stopped looks live and is trusted. It goes away by itself once the page
 * hears from the host again (the API client reconnects and the board asks for its data anew).
 */
export function StaleBanner({ since }: { since: number }) {
  const { t } = useTranslation('board');
  return (
    <div className="stale-banner" role="alert" data-testid="stale-banner">
      <p className="stale-banner__title">{t('connection.lost', { at: clockTime(new Date(since)) })}</p>
      <p className="stale-banner__hint">{t('connection.hint')}</p>
    </div>
  );
}
