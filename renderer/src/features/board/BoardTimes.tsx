import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/incident/schema';
import { clockFaceDuration, clockTime, dateTime } from '../../components/format';
import { useNow } from '../../hooks/use-now';

/**
 * The clock and the time since detection and since the last phase change: the only part of the
 * header that changes every second, so the only part that re-renders then. When the page no
 * longer hears from its host, the running times say "niet live".
 */
export function BoardTimes({ incident, live }: { incident: Incident; live: boolean }) {
  const { t } = useTranslation('board');
  const now = useNow();
  const since = (iso: string) => clockFaceDuration(now.getTime() - Date.parse(iso));
  return (
    <dl className={`board-times${live ? '' : ' board-times--stale'}`} data-live={live}>
      <div className="board-times__clock">
        <dt className="board-sr-only">{t('clock')}</dt>
        <dd data-testid="board-clock">{clockTime(now)}</dd>
      </div>
      <div>
        <dt>{t('sinceDetection')}</dt>
        <dd title={t('detectedAt', { at: dateTime(incident.detectedAt) })}>
          {since(incident.detectedAt)}
          {live ? null : <NotLive />}
        </dd>
      </div>
      <div>
        <dt>{t('sincePhase')}</dt>
        <dd>
          {since(incident.phaseChangedAt)}
          {live ? null : <NotLive />}
        </dd>
      </div>
    </dl>
  );
}

export function NotLive() {
  const { t } = useTranslation('board');
  return <span className="not-live">{t('connection.notLive')}</span>;
}
