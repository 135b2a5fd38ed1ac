import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '../../../../shared/matrix/labels';
import { PHASES, type Phase } from '../../../../shared/model/vocabulary';
import type { PhaseTiming } from '../../../../shared/verdicts/types';
import { useLocale } from '../../i18n/use-locale';

/**
 * The six phases as a step bar: phases the incident went through filled, the current one large and
 * marked, phases before tracking began or skipped plainly not done.
 */
export function PhaseSteps({
  phase,
  timings,
}: {
  phase: Phase;
  timings: Partial<Record<Phase, PhaseTiming>>;
}) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const current = PHASES.indexOf(phase);
  return (
    <ol className="phase-steps" aria-label={t('phase')}>
      {PHASES.map((p, i) => {
        const timing = timings[p] ?? (i < current ? 'past' : i === current ? 'current' : 'upcoming');
        const look =
          timing === 'past'
            ? 'past'
            : timing === 'current'
              ? 'current'
              : timing === 'upcoming'
                ? 'future'
                : 'untracked';
        return (
          <li
            key={p}
            className={`phase-step phase-step--${look}`}
            aria-current={timing === 'current' ? 'step' : undefined}
            data-timing={timing}
          >
            <span className="phase-step__n" aria-hidden="true">
              {timing === 'past' ? '✓' : i + 1}
            </span>
            <span className="phase-step__label">{PHASE_LABELS[p].short[lang]}</span>
            {timing === 'notTracked' || timing === 'skipped' ? (
              <span className="board-sr-only"> ({t(`timing.${timing}`)})</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
