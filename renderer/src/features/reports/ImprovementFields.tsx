import { useTranslation } from 'react-i18next';
import { AUDIENCE_LABELS } from '../../../../shared/matrix/labels';
import { AUDIENCES } from '../../../../shared/model/vocabulary';
import { IMPROVEMENT_STATUSES, PRIORITIES } from '../../../../shared/report/evaluation-schema';
import { type DraftPartProps, DraftText } from './DraftFields';
import type { Draft } from './evaluation-draft';
import { RowsEditor } from './RowsEditor';

/**
 * Strengths and points to improve (each tied to an objective), recommendations, the improvement
 * plan, what action 10 yielded per audience, and who adopted the report.
 */
export function ImprovementFields(props: DraftPartProps & { lang: 'nl' | 'en' }) {
  const { t } = useTranslation('report');
  const { draft, patch, readOnly, lang } = props;
  const objectiveOptions = [
    { value: '', label: t('evaluation.noObjective') },
    ...draft.objectives
      .map((o, i) => ({ value: String(i), label: `${i + 1}. ${o.text.slice(0, 40)}` }))
      .filter((o) => o.label.trim() !== `${Number(o.value) + 1}.`),
  ];
  const findingFields = (label: string) => [
    { key: 'text' as const, label },
    {
      key: 'objective' as const,
      label: t('evaluation.objectiveLink'),
      type: 'select' as const,
      options: objectiveOptions,
    },
  ];
  const setOutcome = (audience: keyof Draft['action10Outcomes'], value: string) =>
    patch({ action10Outcomes: { ...draft.action10Outcomes, [audience]: value } });
  return (
    <>
      <RowsEditor
        legend={t('evaluation.strengths')}
        fields={findingFields(t('evaluation.strength'))}
        rows={draft.strengths}
        onChange={(strengths) => patch({ strengths })}
        readOnly={readOnly}
      />
      <RowsEditor
        legend={t('evaluation.pointsToImprove')}
        fields={findingFields(t('evaluation.pointToImprove'))}
        rows={draft.pointsToImprove}
        onChange={(pointsToImprove) => patch({ pointsToImprove })}
        readOnly={readOnly}
      />
      <DraftText {...props} name="recommendations" rows={3} label={t('evaluation.recommendations')} />
      <div className="reports-wide">
        <RowsEditor
          legend={t('evaluation.improvementActions')}
          fields={[
            { key: 'finding', label: t('evaluation.finding') },
            { key: 'what', label: t('evaluation.what') },
            { key: 'owner', label: t('evaluation.owner') },
            { key: 'organisation', label: t('evaluation.organisation') },
            { key: 'start', label: t('evaluation.start'), type: 'date' },
            { key: 'due', label: t('evaluation.due'), type: 'date' },
            {
              key: 'status',
              label: t('evaluation.status'),
              type: 'select',
              initial: 'planned',
              options: IMPROVEMENT_STATUSES.map((s) => ({ value: s, label: t(`evaluation.statuses.${s}`) })),
            },
            {
              key: 'priority',
              label: t('evaluation.priority'),
              type: 'select',
              initial: 'medium',
              options: PRIORITIES.map((p) => ({ value: p, label: t(`evaluation.priorities.${p}`) })),
            },
          ]}
          rows={draft.improvementActions}
          onChange={(improvementActions) => patch({ improvementActions })}
          readOnly={readOnly}
        />
      </div>

      <h3>{t('evaluation.action10Title')}</h3>
      <p className="muted">{t('evaluation.action10Intro')}</p>
      {AUDIENCES.map((a) => (
        <label className="field" key={a}>
          <span>{AUDIENCE_LABELS[a].full[lang]}</span>
          <input
            value={draft.action10Outcomes[a]}
            readOnly={readOnly}
            onChange={(e) => setOutcome(a, e.target.value)}
          />
        </label>
      ))}

      <h3>{t('evaluation.approvalTitle')}</h3>
      <div className="reports-panel__row">
        <DraftText {...props} name="approvalBy" label={t('evaluation.approvalBy')} />
        <DraftText {...props} name="approvalRole" label={t('evaluation.approvalRole')} />
        <DraftText {...props} name="approvalOn" type="date" label={t('evaluation.approvalOn')} />
      </div>
    </>
  );
}
