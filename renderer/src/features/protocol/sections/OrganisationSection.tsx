import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/editor-context';
import { CheckField } from '../fields/ChoiceFields';
import { TextField } from '../fields/TextField';

export function OrganisationSection() {
  const { t } = useTranslation('protocol');
  const { draft, update } = useEditor();
  return (
    <section aria-labelledby="pe-org">
      <h2 id="pe-org">{t('organisation.heading')}</h2>
      <div className="pe-grid">
        <TextField
          target={{ section: 'organisation', field: 'name' }}
          label={t('organisation.name')}
          value={draft.organisation.name}
          onChange={(v) =>
            update((p) => {
              p.organisation.name = v;
            })
          }
          wide
        />
        <TextField
          target={{ section: 'organisation', field: 'shortName' }}
          label={t('organisation.shortName')}
          value={draft.organisation.shortName}
          onChange={(v) =>
            update((p) => {
              p.organisation.shortName = v;
            })
          }
        />
        <TextField
          target={{ section: 'organisation', field: 'documentVersion' }}
          label={t('organisation.documentVersion')}
          hint={t('organisation.documentVersionHint')}
          value={draft.documentVersion}
          onChange={(v) =>
            update((p) => {
              p.documentVersion = v;
            })
          }
        />
      </div>
      <CheckField
        target={{ section: 'organisation', field: 'nis2Applies' }}
        label={t('organisation.nis2')}
        hint={t('organisation.nis2Hint')}
        checked={draft.operations.nis2Applies}
        onChange={(v) =>
          update((p) => {
            p.operations.nis2Applies = v;
          })
        }
      />
    </section>
  );
}
