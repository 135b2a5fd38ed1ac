import { useTranslation } from 'react-i18next';
import { clockTime } from '../../components/format';

/**
 * Says, unmissably, that the board is no longer up to date and since when: a board that keeps
 * ticking after its host stopped looks live and is trusted. It goes away by itself once the page
 * hears from the host again (the API client reconnects and the board asks for its data anew).
 */
export function StaleBanner({ since, isExercise }: { since: number; isExercise: boolean }) {
  const { t } = useTranslation('board');
  // on the projector the banner lies over the exercise band; it must not hide that this is an exercise
  const lost = t('connection.lost', { at: clockTime(new Date(since)) });
  return (
    <div className="stale-banner" role="alert" data-testid="stale-banner">
      <p className="stale-banner__title">{isExercise ? `${t('exercise')} · ${lost}` : lost}</p>
      <p className="stale-banner__hint">{t('connection.hint')}</p>
    </div>
  );
}
