import { useTranslation } from 'react-i18next';

/** Save and cancel at the foot of a log form; Enter in a single-line field saves too. */
export function FormButtons({
  busy,
  saveLabel,
  onCancel,
}: {
  busy: boolean;
  saveLabel?: string;
  onCancel(): void;
}) {
  const { t } = useTranslation('log');
  return (
    <div className="log-dialog__buttons">
      <button type="submit" disabled={busy}>
        {saveLabel ?? t('message.save')}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('message.cancel')}
      </button>
    </div>
  );
}

/** "Vul dit in." under a required field, once the user tried to save. */
export function RequiredError({ show }: { show: boolean }) {
  const { t } = useTranslation('log');
  return show ? <span className="field-error">{t('message.required')}</span> : null;
}
