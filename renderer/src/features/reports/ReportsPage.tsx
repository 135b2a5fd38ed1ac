import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportIncident } from '../../../../shared/api/report-api';
import { formatAmsterdam } from '../../../../shared/log/time';
import { ApiError, call, on } from '../../api/client';
import { EvaluationForm } from './EvaluationForm';
import { ExportPanel } from './ExportPanel';
import './reports.css';
import { localeOf } from '../../../../shared/i18n/locale';

/** #/reports: choose an incident, export its reports, and fill in the exercise evaluation. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { t: r, i18n } = useTranslation('report');
  const [incidents, setIncidents] = useState<ReportIncident[] | null>(null);
  const [selected, setSelected] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const lang = localeOf(i18n.language);

  const reload = useCallback(() => {
    call('report.incidents', {})
      .then(({ incidents: list }) => {
        setIncidents(list);
        setError(null);
        // the newest incident is the one people usually want to report on
        setSelected((current) => (list.some((i) => i.id === current) ? current : (list[0]?.id ?? '')));
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.text(lang) : String(e)));
  }, [lang]);

  useEffect(() => {
    reload();
    const offs = [on('incidents.changed', reload), on('workspace.changed', reload)];
    return () => {
      for (const off of offs) off();
    };
  }, [reload]);

  const incident = incidents?.find((i) => i.id === selected) ?? null;

  return (
    <section aria-labelledby="page-title" className="reports-page">
      <h1 id="page-title">{t('nav.reports')}</h1>
      <p className="lead">{r('intro')}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {incidents === null && !error ? <p className="muted">{r('loading')}</p> : null}
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
          <EvaluationForm key={incident.id} incident={incident} onSaved={reload} />
        </>
      ) : null}
    </section>
  );
}
