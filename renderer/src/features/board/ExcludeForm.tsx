import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeRow } from '../../../../shared/verdicts/who-knows';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { useSubmit } from '../../hooks/use-submit';

interface ExcludeFormProps {
  incidentId: string;
  author: string;
  row: KnowledgeRow;
  onDone(): void;
  onCancel(): void;
}

/** A partner that need not hear about this incident, with the reason; the board stops waiting for it. */
export function ExcludeForm({ incidentId, author, row, onDone, onCancel }: ExcludeFormProps) {
  const { t } = useTranslation('board');
  const { t: tc } = useTranslation('common');
  const { busy, error, run } = useSubmit();
  const [reason, setReason] = useState('');
  if (!row.audience) return null;
  const audience = row.audience;
  return (
    <form
      className="exclude-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim() || busy) return;
        void run(async () => {
          await call('board.excludeRecipient', { incidentId, author, audience, recipient: row.id, reason });
          onDone();
        });
      }}
    >
      <h3>{t('knowledge.excludeTitle', { name: row.name })}</h3>
      <label className="field">
        <span>{t('knowledge.excludeReason')}</span>
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
          required
          data-autofocus
        />
      </label>
      <FormError message={error} />
      <div className="dialog-buttons">
        <button type="submit" disabled={busy || !reason.trim()}>
          {t('knowledge.excludeSubmit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {tc('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
