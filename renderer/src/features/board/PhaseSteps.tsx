import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '../../../../shared/matrix/labels';
import { PHASES, type Phase } from '../../../../shared/model/vocabulary';
import { useLang } from './lang';

/** The six phases as a step bar: done steps filled, the current one large and marked. */
export function PhaseSteps({ phase }: { phase: Phase }) {
  const { t } = useTranslation('board');
  const lang = useLang();
  const current = PHASES.indexOf(phase);
  return (
    <ol className="phase-steps" aria-label={t('phase')}>
      {PHASES.map((p, i) => {
        const timing = i < current ? 'past' : i === current ? 'current' : 'future';
        return (
          <li
            key={p}
            className={`phase-step phase-step--${timing}`}
            aria-current={timing === 'current' ? 'step' : undefined}
          >
            <span className="phase-step__n" aria-hidden="true">
              {i < current ? '✓' : i + 1}
            </span>
            <span className="phase-step__label">{PHASE_LABELS[p].short[lang]}</span>
          </li>
        );
      })}
    </ol>
  );
}
