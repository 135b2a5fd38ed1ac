import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '../../../../shared/matrix/labels';
import type { Phase } from '../../../../shared/model/vocabulary';
import { call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useLang } from './lang';
import { useSubmit } from './use-submit';

interface PhaseDialogProps {
  incidentId: string;
  author: string;
  from: Phase;
  to: Phase;
  onClose(): void;
}

/** A phase change is logged and changes what the room must do: one Enter to confirm, Esc to stop. */
export function PhaseDialog({ incidentId, author, from, to, onClose }: PhaseDialogProps) {
  const { t } = useTranslation('board');
  const lang = useLang();
  const { busy, error, run } = useSubmit();
  return (
    <Dialog title={t('phaseDialog.title')} onClose={onClose} className="board-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await call('incident.update', { id: incidentId, author, phase: to });
            onClose();
          });
        }}
      >
        <p className="dialog-question">
          {t('phaseDialog.question', {
            from: PHASE_LABELS[from].short[lang],
            to: PHASE_LABELS[to].short[lang],
          })}
        </p>
        <p className="muted">{t('phaseDialog.note')}</p>
        <FormError message={error} />
        <DialogActions submitLabel={t('phaseDialog.confirm')} disabled={busy} autoFocus onCancel={onClose} />
      </form>
    </Dialog>
  );
}
