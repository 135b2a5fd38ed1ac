import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionDefinition } from '../../../../shared/matrix/actions';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import type { Audience, Phase } from '../../../../shared/model/vocabulary';
import type { Verdict } from '../../../../shared/verdicts/types';
import { call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmit } from '../../hooks/use-submit';
import { useLocale } from '../../i18n/use-locale';
import { actionKey, parseActionKey } from './open-actions';

interface NotApplicableDialogProps {
  incidentId: string;
  author: string;
  phase: Phase;
  open: readonly Verdict[];
  initial: { audience: Audience; action: number };
  onDone(seq: number): void;
  onClose(): void;
}

/** Taking an action off the list without doing it needs a reason; the report shows it. */
export function NotApplicableDialog({
  incidentId,
  author,
  phase,
  open,
  initial,
  onDone,
  onClose,
}: NotApplicableDialogProps) {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const { busy, error, run } = useSubmit();
  const [key, setKey] = useState(actionKey(initial.audience, initial.action));
  const [reason, setReason] = useState('');
  const { audience, action } = parseActionKey(key);
  const def = action === null ? undefined : actionDefinition(action);
  return (
    <Dialog title={t('naDialog.title')} onClose={onClose} className="board-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (action === null || !reason.trim() || busy) return;
          void run(async () => {
            const { seq } = await call('board.markNotApplicable', {
              incidentId,
              author,
              audience,
              action,
              phase,
              reason,
            });
            onDone(seq);
          });
        }}
      >
        <label className="field">
          <span>{t('logDialog.action')}</span>
          <select value={key} onChange={(e) => setKey(e.target.value)}>
            {open.map((o) => (
              <option key={actionKey(o.audience, o.action)} value={actionKey(o.audience, o.action)}>
                {AUDIENCE_LABELS[o.audience].short[lang]} — {o.action}.{' '}
                {actionDefinition(o.action)?.label[lang]}
              </option>
            ))}
          </select>
        </label>
        {def?.condition ? (
          <p className="action-description">
            <strong>{t('logDialog.condition')}</strong> {def.condition[lang]}
          </p>
        ) : null}
        <label className="field">
          <span>{t('naDialog.reason')}</span>
          <textarea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            maxLength={2000}
            rows={3}
            data-autofocus
          />
        </label>
        <FormError message={error} />
        <DialogActions
          submitLabel={t('naDialog.submit')}
          disabled={busy || !reason.trim()}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
