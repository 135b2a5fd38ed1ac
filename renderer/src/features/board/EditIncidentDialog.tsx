import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/incident/schema';
import { call } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { NaturesField, VisibilityField } from '../../components/IncidentFields';
import { useSubmit } from '../../hooks/use-submit';

/** Insight grows: a data breach found on day two, a partner who noticed after all. Each change is logged. */
export function EditIncidentDialog({
  incident,
  author,
  onClose,
}: {
  incident: Incident;
  author: string;
  onClose(): void;
}) {
  const { t } = useTranslation('board');
  const { busy, error, run } = useSubmit();
  const [natures, setNatures] = useState(incident.natures);
  const [visibility, setVisibility] = useState(incident.visibility);
  return (
    <Dialog title={t('editDialog.title')} onClose={onClose} className="board-dialog edit-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (natures.length === 0) return;
          void run(async () => {
            await call('incident.update', { id: incident.id, author, natures, visibility });
            onClose();
          });
        }}
      >
        <NaturesField value={natures} onChange={setNatures} />
        {natures.length === 0 ? <p className="field-error">{t('editDialog.needNature')}</p> : null}
        <VisibilityField value={visibility} onChange={setVisibility} />
        <FormError message={error} />
        <DialogActions
          submitLabel={t('editDialog.submit')}
          disabled={busy || natures.length === 0}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
