import { useTranslation } from 'react-i18next';
import { formatAmsterdam } from '../../../../shared/log/time';
import './replay-wall.css';

/**
 * The band over the projector's board while a replay is on it: nobody in the room may take a past
 * moment for the live state, so it says TERUGKIJKEN and the moment's time, striped like the
 * exercise band but in its own colour.
 */
export function ReplayWallBand({ at, title }: { at: string; title: string }) {
  const { t } = useTranslation('replay');
  return (
    <div className="replay-wall-band" role="status" data-testid="projector-replay">
      <p className="replay-wall-band__title">{t('wallBand', { time: formatAmsterdam(at, 'HH:mm') })}</p>
      <p className="replay-wall-band__hint">
        {t('wallHint', { date: formatAmsterdam(at, 'dd-MM-yyyy HH:mm:ss'), incident: title })}
      </p>
    </div>
  );
}
