import { useTranslation } from 'react-i18next';
import type { AudienceContact } from '../../../../shared/board/contacts';
import type { EngineResult } from '../../../../shared/matrix/engine';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { type Audience, PHASES } from '../../../../shared/model/vocabulary';
import { ActionChip } from './ActionChip';
import { type ActionHandlers, CurrentCell } from './CurrentCell';
import { useLang } from './lang';

interface MatrixGridProps {
  engine: EngineResult;
  contacts: Record<Audience, AudienceContact[]>;
  handlers: ActionHandlers | null;
}

/**
 * The matrix for all five audiences side by side: phases down, audiences across. The current row
 * spells the actions out; past rows show done / missed, future rows are a quiet preview.
 */
export function MatrixGrid({ engine, contacts, handlers }: MatrixGridProps) {
  const { t } = useTranslation('board');
  const lang = useLang();
  return (
    <table className="board-matrix">
      <colgroup>
        <col className="board-matrix__phase-col" />
        {engine.map((a) => (
          <col key={a.audience} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="board-corner">
            <span className="board-sr-only">{t('phase')}</span>
          </th>
          {engine.map((a) => (
            <th
              key={a.audience}
              scope="col"
              className={`audience-head${a.active ? '' : ' audience--inactive'}`}
              data-audience={a.audience}
            >
              <span className="audience-head__name">{AUDIENCE_LABELS[a.audience].short[lang]}</span>
              <span className={`visibility visibility--${a.visibility}`}>
                {t(`visibility.${a.visibility}`)}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PHASES.map((phase, row) => {
          const timing = engine[0]?.phases[row]?.timing ?? 'future';
          return (
            <tr key={phase} className={`phase-row phase-row--${timing}`} data-phase={phase}>
              <th scope="row" className="phase-head">
                <span className="phase-head__n">{row + 1}</span>
                <span className="phase-head__label">{PHASE_LABELS[phase].short[lang]}</span>
                {timing === 'current' ? <span className="board-sr-only"> ({t('currentPhase')})</span> : null}
              </th>
              {engine.map((a) => {
                const p = a.phases[row]!;
                return (
                  <td
                    key={a.audience}
                    className={`cell${a.active ? '' : ' audience--inactive'}`}
                    data-audience={a.audience}
                  >
                    {timing === 'current' ? (
                      <CurrentCell
                        audience={a.audience}
                        active={a.active}
                        phase={p}
                        contacts={contacts[a.audience]}
                        handlers={handlers}
                      />
                    ) : p.actions.length > 0 ? (
                      <ul className="chips">
                        {p.actions.map((s) => (
                          <ActionChip key={s.action} state={s} />
                        ))}
                      </ul>
                    ) : (
                      <span className="cell-empty">{t('noActions')}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
