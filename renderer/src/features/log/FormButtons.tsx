import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/Dialog';

/** Save and cancel at the foot of a log form; Enter in a single-line field saves too. */
export function FormButtons({
  busy,
  saveLabel,
  cancelLabel,
  onCancel,
}: {
  busy: boolean;
  saveLabel?: string;
  cancelLabel?: string;
  onCancel(): void;
}) {
  const { t } = useTranslation('log');
  return (
    <DialogActions
      className="log-dialog__buttons"
      submitLabel={saveLabel ?? t('message.save')}
      disabled={busy}
      onCancel={onCancel}
      cancelLabel={cancelLabel ?? t('message.cancel')}
    />
  );
}

/** "Vul dit in." under a required field, once the user tried to save. */
export function RequiredError({ show }: { show: boolean }) {
  const { t } = useTranslation('log');
  return show ? <span className="field-error">{t('message.required')}</span> : null;
}
