import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmsterdam } from '../../../../shared/log/time';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { LoadState } from '../../components/LoadState';
import { EvaluationForm } from './EvaluationForm';
import { ExportPanel } from './ExportPanel';
import './reports.css';

const loadIncidents = () => call('report.incidents', {});
const INCIDENT_EVENTS = ['incidents.changed', 'workspace.changed'] as const;

/** #/reports: choose an incident, export its reports, and fill in the exercise evaluation. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { t: r } = useTranslation('report');
  const query = useLiveCall(loadIncidents, INCIDENT_EVENTS);
  const incidents = query.data?.incidents ?? null;
  const [chosen, setSelected] = useState<string>('');
  // the newest incident is the one people usually want to report on, until another is chosen
  const selected = incidents?.some((i) => i.id === chosen) ? chosen : (incidents?.[0]?.id ?? '');
  const incident = incidents?.find((i) => i.id === selected) ?? null;
  return (
    <section aria-labelledby="page-title" className="reports-page">
      <h1 id="page-title">{t('nav.reports')}</h1>
      <p className="lead">{r('intro')}</p>
      <LoadState query={query} />
      {incidents && incidents.length === 0 ? <p>{r('noIncidents')}</p> : null}
      {incidents && incidents.length > 0 ? (
        <label className="field reports-page__incident">
          <span>{r('incident')}</span>
          <select value={selected} onChange={(e) => setSelected(e.target.value)}>
            {incidents.map((i) => (
              <option key={i.id} value={i.id}>
                {formatAmsterdam(i.detectedAt, 'dd-MM-yyyy')} · {i.title}
                {i.isExercise ? ` (${r('exercise')})` : ''} ·{' '}
                {i.status === 'closed' ? r('closed') : r('open')}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {incident ? (
        <>
          <ExportPanel incident={incident} />
          <EvaluationForm key={incident.id} incident={incident} onSaved={query.reload} />
        </>
      ) : null}
    </section>
  );
}
