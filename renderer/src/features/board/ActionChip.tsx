import { useTranslation } from 'react-i18next';
import { actionDefinition } from '../../../../shared/matrix/actions';
import type { ActionState } from '../../../../shared/matrix/engine';
import { timeOnly } from './format';
import { useLang } from './lang';

/** A symbol per status, so a grey-scale projector or a colour-blind reader still sees it. */
export const STATUS_MARK: Record<ActionState['status'], string> = {
  open: '●',
  done: '✓',
  notApplicable: '–',
  missed: '✗',
  preview: '',
};

/** One action in a past or future row: number and mark, the label in the tooltip. */
export function ActionChip({ state }: { state: ActionState }) {
  const { t } = useTranslation('board');
  const lang = useLang();
  const label = actionDefinition(state.action)?.label[lang] ?? '';
  const when = state.outcome ? ` ${timeOnly(state.outcome.at)}` : '';
  return (
    <li
      className={`chip chip--${state.status}`}
      title={`${state.action}. ${label} — ${t(`status.${state.status}`)}${when}`}
      data-action={state.action}
      data-status={state.status}
    >
      {STATUS_MARK[state.status] ? (
        <span className="chip__mark" aria-hidden="true">
          {STATUS_MARK[state.status]}
        </span>
      ) : null}
      <span className="chip__n">{state.action}</span>
      <span className="board-sr-only">
        {label}, {t(`status.${state.status}`)}
      </span>
    </li>
  );
}
