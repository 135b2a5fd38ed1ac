import { useTranslation } from 'react-i18next';
import { actionDefinition } from '../../../../shared/matrix/actions';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import type { IncidentVerdicts, Verdict } from '../../../../shared/verdicts/types';
import { useLocale } from '../../i18n/use-locale';
import type { ActionHandlers } from './CurrentCell';
import { ACTIONABLE, STATUS_MARK, verdictDetails } from './verdict-text';

interface ActionChipProps {
  verdict: Verdict;
  verdicts: IncidentVerdicts;
  /** the operator's screen: a missed or partly done action can be logged late, in its own phase */
  handlers: ActionHandlers | null;
}

/** One action in a past or future row: number and mark, the verdict in the tooltip. */
export function ActionChip({ verdict: v, verdicts, handlers }: ActionChipProps) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const label = actionDefinition(v.action)?.label[lang] ?? '';
  const details = verdictDetails(v, verdicts, t, lang).join(' · ');
  const text = `${v.action}. ${label} — ${t(`status.${v.status}`)}${details ? ` (${details})` : ''}`;
  const late = handlers && ACTIONABLE.has(v.status) && v.status !== 'open';
  return (
    <li className={`chip chip--${v.status}`} title={text} data-action={v.action} data-status={v.status}>
      {STATUS_MARK[v.status] ? (
        <span className="chip__mark" aria-hidden="true">
          {STATUS_MARK[v.status]}
        </span>
      ) : null}
      <span className="chip__n">{v.action}</span>
      <span className="board-sr-only">{text}</span>
      {late ? (
        <button
          type="button"
          className="chip__late"
          onClick={() => handlers.onLog(v.audience, v.action, v.phase)}
          aria-label={t('logLateLabel', {
            action: v.action,
            audience: AUDIENCE_LABELS[v.audience].short[lang],
            phase: PHASE_LABELS[v.phase].short[lang],
          })}
        >
          {t('logLate')}
        </button>
      ) : null}
    </li>
  );
}
