import { useTranslation } from 'react-i18next';
import type { WritingDialog } from './open-dialog';

interface Props {
  /** no incident, or the workspace is open read-only */
  canWrite: boolean;
  hasIncident: boolean;
  isExercise: boolean;
  onNew(dialog: WritingDialog): void;
  onDraft(): void;
}

/**
 * The buttons above the log: one per kind a person logs with a form, then drafting. Export and
 * the chain check sit with the filters (export follows them), so this stays one line and the list
 * keeps its height. In an exercise the evaluator's note gets its own button in the exercise colour,
 * so the evaluator finds it without opening the observation form first.
 */
export function LogToolbar({ canWrite, hasIncident, isExercise, onNew, onDraft }: Props) {
  const { t } = useTranslation('log');
  return (
    <div className="log-toolbar">
      <button type="button" disabled={!canWrite} onClick={() => onNew({ dialog: 'message' })}>
        {t('actions.messageSent')}
      </button>
      <button type="button" disabled={!canWrite} onClick={() => onNew({ dialog: 'received' })}>
        {t('actions.messageReceived')}
      </button>
      <button type="button" disabled={!canWrite} onClick={() => onNew({ dialog: 'observation' })}>
        {t('actions.observation')}
      </button>
      <button type="button" disabled={!canWrite} onClick={() => onNew({ dialog: 'regulator' })}>
        {t('actions.regulatorNotification')}
      </button>
      {isExercise ? (
        <button
          type="button"
          className="log-evaluator-button"
          disabled={!canWrite}
          onClick={() => onNew({ dialog: 'observation', evaluatorNote: true })}
          title={t('observation.evaluatorNote')}
        >
          {t('actions.evaluatorNote')}
        </button>
      ) : null}
      <span className="log-toolbar__gap" />
      <button type="button" className="secondary" disabled={!hasIncident} onClick={onDraft}>
        {t('actions.draft')}
      </button>
    </div>
  );
}
