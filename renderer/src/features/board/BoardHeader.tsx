import { useTranslation } from 'react-i18next';
import type { LegalClock } from '../../../../shared/clocks/legal-clocks';
import type { Incident } from '../../../../shared/incident/schema';
import { NATURE_LABELS } from '../../../../shared/matrix/labels';
import type { Phase } from '../../../../shared/model/vocabulary';
import type { PhaseTiming } from '../../../../shared/verdicts/types';
import { clockTime, dateTime, formatDuration } from './format';
import { LegalClocks } from './LegalClocks';
import { useLang } from './lang';
import { PhaseSteps } from './PhaseSteps';

interface BoardHeaderProps {
  incident: Incident;
  organisation: string;
  clocks: readonly LegalClock[];
  openCount: number;
  matrixIsCip: boolean;
  now: Date;
  timings: Partial<Record<Phase, PhaseTiming>>;
}

export function BoardHeader({
  incident,
  organisation,
  clocks,
  openCount,
  matrixIsCip,
  now,
  timings,
}: BoardHeaderProps) {
  const { t } = useTranslation('board');
  const lang = useLang();
  const since = (iso: string) => formatDuration(now.getTime() - Date.parse(iso));
  return (
    <header className="board-header">
      {incident.isExercise ? (
        <div className="exercise-band" role="note">
          <span>{t('exerciseBand')}</span>
        </div>
      ) : null}
      <div className="board-header__top">
        <div className="board-header__title">
          <h1 className="board-title">
            {incident.isExercise ? <span className="exercise-tag">{t('exercise')}</span> : null}
            {incident.title}
          </h1>
          <div className="board-header__meta">
            <ul className="nature-list" aria-label={t('natures')}>
              {organisation ? <li className="org-name">{organisation}</li> : null}
              {incident.natures.map((n) => (
                <li key={n} className="nature-pill">
                  {NATURE_LABELS[n].short[lang]}
                </li>
              ))}
              {matrixIsCip ? null : <li className="own-matrix">{t('ownMatrix')}</li>}
            </ul>
          </div>
        </div>
        <dl className="board-times">
          <div className="board-times__clock">
            <dt className="board-sr-only">{t('clock')}</dt>
            <dd data-testid="board-clock">{clockTime(now)}</dd>
          </div>
          <div>
            <dt>{t('sinceDetection')}</dt>
            <dd title={t('detectedAt', { at: dateTime(incident.detectedAt) })}>
              {since(incident.detectedAt)}
            </dd>
          </div>
          <div>
            <dt>{t('sincePhase')}</dt>
            <dd>{since(incident.phaseChangedAt)}</dd>
          </div>
        </dl>
      </div>
      <LegalClocks clocks={clocks} />
      <div className="board-header__bottom">
        <PhaseSteps phase={incident.phase} timings={timings} />
        <p className={`open-count${openCount === 0 ? ' open-count--none' : ''}`} data-testid="open-count">
          {openCount === 0 ? t('allDone') : t('openCount', { count: openCount })}
        </p>
      </div>
      {incident.status === 'closed' && incident.closedAt ? (
        <p className="closed-note" role="status">
          {t('closed', { at: dateTime(incident.closedAt) })}
        </p>
      ) : null}
    </header>
  );
}
