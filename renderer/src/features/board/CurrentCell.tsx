import { useTranslation } from 'react-i18next';
import type { AudienceContact } from '../../../../shared/board/contacts';
import { actionDefinition } from '../../../../shared/matrix/actions';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import type { Audience, Phase } from '../../../../shared/model/vocabulary';
import type { IncidentVerdicts, PhaseVerdicts } from '../../../../shared/verdicts/types';
import { useLocale } from '../../i18n/use-locale';
import { ContactList } from './ContactList';
import { softHyphens } from './soft-hyphens';
import { STATUS_MARK, verdictDetails } from './verdict-text';
import { useWallLimits } from './wall-density';
import { wallLabel } from './wall-labels';

export interface ActionHandlers {
  /** `phase`: log late against an earlier phase (the action counts there, as late) */
  onLog(audience: Audience, action: number, phase?: Phase): void;
  onNotApplicable(audience: Audience, action: number): void;
  /** a "where needed" action that is not needed: one click */
  onNotNeeded(audience: Audience, action: number): void;
}

interface CurrentCellProps {
  audience: Audience;
  active: boolean;
  phase: PhaseVerdicts;
  verdicts: IncidentVerdicts;
  contacts: readonly AudienceContact[];
  /** present on the operator's screen only; the projector shows no buttons */
  handlers: ActionHandlers | null;
}

const STILL_TO_DO: ReadonlySet<string> = new Set(['open', 'partial', 'missed']);

/** The current phase for one audience: the actions in words, their verdict, and who to reach. */
export function CurrentCell({ audience, active, phase, verdicts, contacts, handlers }: CurrentCellProps) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const wall = useWallLimits();
  const audienceName = AUDIENCE_LABELS[audience].short[lang];
  if (phase.verdicts.length === 0) return <p className="cell-empty">{t('noActions')}</p>;
  // a crowded wall spells out the actions still to do first; the rest become "+2 meer"
  const shown =
    wall.actions !== null && phase.verdicts.length > wall.actions
      ? [...phase.verdicts]
          .sort((a, b) => Number(!STILL_TO_DO.has(a.status)) - Number(!STILL_TO_DO.has(b.status)))
          .slice(0, wall.actions)
          .sort((a, b) => phase.verdicts.indexOf(a) - phase.verdicts.indexOf(b))
      : phase.verdicts;
  return (
    <div className="current-cell">
      <ul className="current-actions">
        {shown.map((v) => {
          const def = actionDefinition(v.action);
          const details = wall.details ? verdictDetails(v, verdicts, t, lang) : [];
          const canAct = handlers && (v.status === 'open' || v.status === 'partial');
          return (
            <li
              key={v.action}
              className={`current-action current-action--${v.status}`}
              data-action={v.action}
              data-status={v.status}
            >
              <div className="current-action__head">
                <span className="current-action__n">{v.action}</span>
                <span className="current-action__label">
                  {softHyphens(
                    (wall.shortLabels ? wallLabel(v.action, t) : undefined) ?? def?.label[lang] ?? '',
                  )}
                </span>
              </div>
              <div className="current-action__state">
                {STATUS_MARK[v.status] ? <span aria-hidden="true">{STATUS_MARK[v.status]} </span> : null}
                {t(`status.${v.status}`)}
                {details.length > 0 ? ` · ${details.join(' · ')}` : ''}
              </div>
              {canAct ? (
                <div className="current-action__buttons">
                  <button
                    type="button"
                    onClick={() => handlers.onLog(audience, v.action)}
                    aria-label={t('logAction', { action: v.action, audience: audienceName })}
                  >
                    {v.status === 'partial' ? t('logRest') : t('logThis')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      (v.conditional ? handlers.onNotNeeded : handlers.onNotApplicable)(audience, v.action)
                    }
                    aria-label={t(v.conditional ? 'markNotNeeded' : 'markNa', {
                      action: v.action,
                      audience: audienceName,
                    })}
                  >
                    {v.conditional ? t('notNeeded') : t('notApplicable')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
        {shown.length < phase.verdicts.length ? (
          <li className="current-actions__more">
            {t('actionsMore', { count: phase.verdicts.length - shown.length })}
          </li>
        ) : null}
      </ul>
      {active ? <ContactList contacts={contacts} /> : null}
    </div>
  );
}
