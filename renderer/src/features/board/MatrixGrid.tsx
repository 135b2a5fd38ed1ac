import { useTranslation } from 'react-i18next';
import type { AudienceContact } from '../../../../shared/board/contacts';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { type Audience, PHASES } from '../../../../shared/model/vocabulary';
import type { IncidentVerdicts, PhaseTiming } from '../../../../shared/verdicts/types';
import { useLocale } from '../../i18n/use-locale';
import { ActionChip } from './ActionChip';
import { type ActionHandlers, CurrentCell } from './CurrentCell';
import { softHyphens } from './soft-hyphens';

interface MatrixGridProps {
  verdicts: IncidentVerdicts;
  contacts: Record<Audience, AudienceContact[]>;
  handlers: ActionHandlers | null;
}

/** How a row looks: the current one stands out, past ones show marks, the rest are quiet. */
const ROW_LOOK: Record<PhaseTiming, 'past' | 'current' | 'future'> = {
  past: 'past',
  current: 'current',
  upcoming: 'future',
  notTracked: 'future',
  skipped: 'future',
};

/**
 * The matrix for all five audiences side by side: phases down, audiences across. The current row
 * spells the actions out; past rows show the verdicts as judged by the incident's own history;
 * phases before tracking began or skipped say so; future rows are a quiet preview.
 */
export function MatrixGrid({ verdicts, contacts, handlers }: MatrixGridProps) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const audiences = verdicts.audiences;
  // A phase the incident never was in, where nothing was logged either: one quiet line, not five cells.
  const quietRow = (timing: PhaseTiming, row: number) =>
    (timing === 'notTracked' || timing === 'skipped') &&
    audiences.every((a) => a.phases[row]?.verdicts.every((v) => v.status === 'notRequired'));
  return (
    <table className="board-matrix">
      <colgroup>
        <col className="board-matrix__phase-col" />
        {audiences.map((a) => (
          <col key={a.audience} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="board-corner">
            <span className="board-sr-only">{t('phase')}</span>
          </th>
          {audiences.map((a) => (
            <th
              key={a.audience}
              scope="col"
              className={`audience-head${a.active ? '' : ' audience--inactive'}`}
              data-audience={a.audience}
            >
              <span className="audience-head__name">
                {softHyphens(AUDIENCE_LABELS[a.audience].short[lang])}
              </span>
              <span className={`visibility visibility--${a.visibility}`}>
                {t(`visibility.${a.visibility}`)}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PHASES.map((phase, row) => {
          const timing = audiences[0]?.phases[row]?.timing ?? 'upcoming';
          return (
            <tr
              key={phase}
              className={`phase-row phase-row--${ROW_LOOK[timing]}`}
              data-phase={phase}
              data-timing={timing}
            >
              <th scope="row" className="phase-head">
                <span className="phase-head__n">{row + 1}</span>
                <span className="phase-head__label">{PHASE_LABELS[phase].short[lang]}</span>
                {timing === 'current' ? <span className="board-sr-only"> ({t('currentPhase')})</span> : null}
              </th>
              {quietRow(timing, row) ? (
                <td colSpan={audiences.length} className="cell cell--untracked">
                  {timing === 'notTracked'
                    ? t('timing.notTrackedRow', {
                        phase:
                          PHASE_LABELS[
                            verdicts.audiences[0]!.phases.find(
                              (p) => p.timing === 'current' || p.timing === 'past',
                            )?.phase ?? phase
                          ].short[lang],
                      })
                    : t('timing.skippedRow')}
                </td>
              ) : (
                audiences.map((a) => {
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
                          verdicts={verdicts}
                          contacts={contacts[a.audience]}
                          handlers={handlers}
                        />
                      ) : p.verdicts.length > 0 ? (
                        <ul className="chips">
                          {p.verdicts.map((v) => (
                            <ActionChip key={v.action} verdict={v} verdicts={verdicts} handlers={handlers} />
                          ))}
                        </ul>
                      ) : (
                        <span className="cell-empty">{t('noActions')}</span>
                      )}
                    </td>
                  );
                })
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
