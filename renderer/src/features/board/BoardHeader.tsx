import { useTranslation } from 'react-i18next';
import type { BoardState } from '../../../../shared/board/board-state';
import type { Incident } from '../../../../shared/incident/schema';
import { NATURE_LABELS } from '../../../../shared/matrix/labels';
import type { Phase } from '../../../../shared/model/vocabulary';
import type { PhaseTiming } from '../../../../shared/verdicts/types';
import { dateTime } from '../../components/format';
import { useLocale } from '../../i18n/use-locale';
import { BoardTimes } from './BoardTimes';
import { LiveLegalClocks } from './LegalClocks';
import { PhaseSteps } from './PhaseSteps';

interface BoardHeaderProps {
  incident: Incident;
  state: BoardState;
  openCount: number;
  /** false when the page no longer hears from its host: the running times say so */
  live: boolean;
  timings: Partial<Record<Phase, PhaseTiming>>;
}

export function BoardHeader({ incident, state, openCount, live, timings }: BoardHeaderProps) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const { organisation, matrixIsCip } = state;
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
            <LiveLegalClocks state={state} live={live} />
          </div>
        </div>
        <BoardTimes incident={incident} live={live} />
      </div>
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
