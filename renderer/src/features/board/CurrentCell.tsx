import { useTranslation } from 'react-i18next';
import type { AudienceContact } from '../../../../shared/board/contacts';
import { actionDefinition } from '../../../../shared/matrix/actions';
import type { PhaseState } from '../../../../shared/matrix/engine';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import type { Audience } from '../../../../shared/model/vocabulary';
import { STATUS_MARK } from './ActionChip';
import { ContactList } from './ContactList';
import { timeOnly } from './format';
import { useLang } from './lang';

export interface ActionHandlers {
  onLog(audience: Audience, action: number): void;
  onNotApplicable(audience: Audience, action: number): void;
}

interface CurrentCellProps {
  audience: Audience;
  active: boolean;
  phase: PhaseState;
  contacts: readonly AudienceContact[];
  /** present on the operator's screen only; the projector shows no buttons */
  handlers: ActionHandlers | null;
}

/** The current phase for one audience: the actions in words, their state, and who to reach. */
export function CurrentCell({ audience, active, phase, contacts, handlers }: CurrentCellProps) {
  const { t } = useTranslation('board');
  const lang = useLang();
  const audienceName = AUDIENCE_LABELS[audience].short[lang];
  if (phase.actions.length === 0) return <p className="cell-empty">{t('noActions')}</p>;
  return (
    <div className="current-cell">
      <ul className="current-actions">
        {phase.actions.map((a) => {
          const def = actionDefinition(a.action);
          return (
            <li
              key={a.action}
              className={`current-action current-action--${a.status}`}
              data-action={a.action}
            >
              <div className="current-action__head">
                <span className="current-action__n">{a.action}</span>
                <span className="current-action__label">{def?.label[lang]}</span>
              </div>
              <div className="current-action__state">
                {STATUS_MARK[a.status] ? <span aria-hidden="true">{STATUS_MARK[a.status]} </span> : null}
                {t(`status.${a.status}`)}
                {a.outcome ? ` ${timeOnly(a.outcome.at)}` : ''}
              </div>
              {handlers && active && a.status === 'open' ? (
                <div className="current-action__buttons">
                  <button
                    type="button"
                    onClick={() => handlers.onLog(audience, a.action)}
                    aria-label={t('logAction', { action: a.action, audience: audienceName })}
                  >
                    {t('logThis')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => handlers.onNotApplicable(audience, a.action)}
                    aria-label={t('markNa', { action: a.action, audience: audienceName })}
                  >
                    {t('notApplicable')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {active ? <ContactList contacts={contacts} /> : null}
    </div>
  );
}
