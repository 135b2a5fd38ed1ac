import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { hrefFor, navigate, useRoute } from '../../app/routes';
import { AuthorDialog } from '../../components/AuthorDialog';
import { LoadState } from '../../components/LoadState';
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

const loadIncidents = () => call('incident.list', {});
const INCIDENT_EVENTS = ['incidents.changed', 'workspace.changed'] as const;

function IncidentOverview() {
  const { t } = useTranslation('incident');
  const query = useLiveCall(loadIncidents, INCIDENT_EVENTS);
  const data = query.data;
  const [pending, setPending] = useState<((author: string) => void) | null>(null);

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
      <LoadState query={query} />
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
