import { useTranslation } from 'react-i18next';
import { OBJECTIVE_VERDICTS } from '../../../../shared/report/evaluation-schema';
import { type DraftPartProps, DraftText } from './DraftFields';
import { RowsEditor } from './RowsEditor';

/**
 * The overview and objectives of the evaluation, in the order the report prints them: what kind
 * of exercise (or incident), the scenario, who led, with whom, scope and method; the main
 * conclusions; each objective with its verdict and findings.
 */
export function OverviewFields(props: DraftPartProps & { isExercise: boolean }) {
  const { t } = useTranslation('report');
  const { draft, patch, readOnly, isExercise } = props;
  const w = isExercise ? 'exercise' : 'incident';
  return (
    <>
      <h3>{t(`evaluation.overview.${w}`)}</h3>
      <div className="reports-panel__row">
        <DraftText {...props} name="date" type="date" label={t(`evaluation.dateOf.${w}`)} />
        <DraftText {...props} name="type" label={t(`evaluation.type.${w}`)} />
        <label className="field">
          <span>{t('evaluation.norm')}</span>
          <input
            type="number"
            min={1}
            max={10080}
            value={draft.lateAfterMinutes}
            readOnly={readOnly}
            onChange={(e) => patch({ lateAfterMinutes: e.target.value })}
          />
        </label>
      </div>
      <DraftText {...props} name="scenario" rows={3} label={t(`evaluation.scenarioOf.${w}`)} />
      <div className="reports-panel__row">
        <DraftText {...props} name="leader" label={t(`evaluation.leader.${w}`)} />
        <DraftText {...props} name="organisations" rows={2} label={t('evaluation.organisations')} />
      </div>
      <div className="reports-panel__row">
        <DraftText {...props} name="scope" rows={2} label={t('evaluation.scope')} />
        <DraftText {...props} name="method" rows={2} label={t('evaluation.method')} />
      </div>
      <RowsEditor
        legend={t('evaluation.participants')}
        fields={[
          { key: 'name', label: t('evaluation.name') },
          { key: 'role', label: t('evaluation.role') },
        ]}
        rows={draft.participants}
        onChange={(participants) => patch({ participants })}
        readOnly={readOnly}
      />
      <RowsEditor
        legend={t('evaluation.observers')}
        fields={[
          { key: 'name', label: t('evaluation.name') },
          { key: 'organisation', label: t('evaluation.organisation') },
        ]}
        rows={draft.observers}
        onChange={(observers) => patch({ observers })}
        readOnly={readOnly}
      />

      <h3>{t('evaluation.summaryTitle')}</h3>
      <DraftText {...props} name="conclusions" rows={4} label={t('evaluation.conclusions')} />
      <RowsEditor
        legend={t('evaluation.objectives')}
        fields={[
          { key: 'text', label: t('evaluation.objective') },
          {
            key: 'verdict',
            label: t('evaluation.verdict'),
            type: 'select',
            options: [
              { value: '', label: t('evaluation.verdicts.none') },
              ...OBJECTIVE_VERDICTS.map((v) => ({ value: v, label: t(`evaluation.verdicts.${v}`) })),
            ],
          },
          { key: 'findings', label: t('evaluation.findings'), type: 'textarea' },
        ]}
        rows={draft.objectives}
        onChange={(objectives) => patch({ objectives })}
        readOnly={readOnly}
      />
    </>
  );
}
