import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { FormButtons, RequiredError } from './FormButtons';
import { useFormSubmit } from './use-form-submit';

interface Props {
  seq: number;
  /** logs a correction of `awaitsAnswer` → false with this reason */
  onSave(seq: number, reason: string): Promise<boolean>;
  onClose(): void;
}

/**
 * Marks a received question answered. The log never edits an entry, so this is a correction of
 * "wacht op antwoord"; the reason field starts filled so Enter alone does it, and can say how.
 */
export function AnsweredForm({ seq, onSave, onClose }: Props) {
  const { t } = useTranslation('log');
  const [reason, setReason] = useState(t('answered.default'));
  const form = useFormSubmit(onClose);
  const missing = !reason.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(!missing, () => onSave(seq, reason.trim()));
  }

  return (
    <Dialog title={t('answered.title', { seq })} onClose={onClose} className="log-dialog" returnFocus>
      <form onSubmit={submit} className="log-form" noValidate>
        <p className="muted">{t('answered.intro', { seq })}</p>
        <label className="field">
          <span>{t('answered.how')}</span>
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onFocus={(e) => e.target.select()}
            aria-invalid={form.tried && missing}
            maxLength={2000}
          />
          <RequiredError show={form.tried && missing} />
        </label>
        <FormButtons busy={form.busy} saveLabel={t('answered.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
