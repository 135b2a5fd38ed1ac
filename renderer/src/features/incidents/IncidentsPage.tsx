import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnreadableIncident } from '../../../../shared/api/workspace-api';
import type { Incident } from '../../../../shared/incident/schema';
import { call, on } from '../../api/client';
import { hrefFor, navigate, useRoute } from '../../app/routes';
import { AuthorDialog } from '../../components/AuthorDialog';
import { useAppStore } from '../../state/app-store';
import { MatrixEditor } from '../matrix/MatrixEditor';
import { IncidentList } from './IncidentList';
import { NewIncidentForm } from './NewIncidentForm';
import { UnreadableIncidents } from './UnreadableIncidents';
import './incidents.css';

/** #/incidents: create, list, open, close; #/incidents/matrix: the organisation's matrix. */
export function IncidentsPage() {
  const route = useRoute();
  if (route.rest[0] === 'matrix') return <MatrixEditor />;
  return <IncidentOverview />;
}

function IncidentOverview() {
  const { t } = useTranslation('incident');
  const [data, setData] = useState<{
    incidents: Incident[];
    activeIncidentId: string | null;
    unreadable?: UnreadableIncident[];
  } | null>(null);
  const [pending, setPending] = useState<((author: string) => void) | null>(null);

  const reload = useCallback(() => {
    void call('incident.list', {}).then(setData);
  }, []);
  useEffect(() => {
    reload();
    const offs = [on('incidents.changed', reload), on('workspace.changed', reload)];
    return () => {
      for (const off of offs) off();
    };
  }, [reload]);

  const withAuthor = (then: (author: string) => void) => {
    const author = useAppStore.getState().author;
    if (author) then(author);
    else setPending(() => then);
  };

  return (
    <section aria-labelledby="page-title" className="incidents-page">
      <div className="incidents-page__head">
        <h1 id="page-title">{t('title')}</h1>
        <a href={hrefFor('incidents', 'matrix')}>{t('matrixLink')}</a>
      </div>
      <UnreadableIncidents items={data?.unreadable ?? []} />
      <NewIncidentForm onCreated={() => navigate('board')} />
      <h2>{t('list.title')}</h2>
      {data ? (
        <IncidentList incidents={data.incidents} activeId={data.activeIncidentId} withAuthor={withAuthor} />
      ) : null}
      {pending ? (
        <AuthorDialog
          onClose={() => setPending(null)}
          onDone={() => {
            const then = pending;
            setPending(null);
            then(useAppStore.getState().author);
          }}
        />
      ) : null}
    </section>
  );
}
