import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/incident/schema';
import { NATURE_LABELS, PHASE_LABELS } from '../../../../shared/matrix/labels';
import { call } from '../../api/client';
import { hrefFor, navigate } from '../../app/routes';
import { dateTime } from '../../components/format';
import { useSubmit } from '../../hooks/use-submit';
import { useLocale } from '../../i18n/use-locale';
import { useAppStore } from '../../state/app-store';

interface IncidentListProps {
  incidents: readonly Incident[];
  activeId: string | null;
  /** asks for the operator's name first when it is not known yet */
  withAuthor(then: (author: string) => void): void;
}

/** Every incident, newest first; closed ones stay readable on their own board page. */
export function IncidentList({ incidents, activeId, withAuthor }: IncidentListProps) {
  const { t } = useTranslation('incident');
  const lang = useLocale();
  const readOnly = useAppStore((s) => s.workspace?.readOnly ?? false);
  const { busy, error, run } = useSubmit();
  if (incidents.length === 0) return <p className="muted">{t('list.empty')}</p>;

  const makeActive = (id: string) =>
    run(async () => {
      await call('board.setActive', { incidentId: id });
      navigate('board');
    });
  const setStatus = (incident: Incident, status: 'open' | 'closed') =>
    withAuthor((author) => {
      if (status === 'closed' && !window.confirm(t('list.confirmClose', { title: incident.title }))) return;
      void run(async () => {
        await call('incident.setStatus', { id: incident.id, author, status });
      });
    });

  return (
    <>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <table className="incident-list">
        <thead>
          <tr>
            <th scope="col">{t('form.title')}</th>
            <th scope="col">{t('list.detected')}</th>
            <th scope="col">{t('list.phase')}</th>
            <th scope="col">{t('list.natures')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((i) => (
            <tr
              key={i.id}
              data-incident={i.id}
              className={i.status === 'closed' ? 'incident--closed' : undefined}
            >
              <th scope="row">
                <a href={hrefFor('board', i.id)}>{i.title}</a>
                {i.isExercise ? (
                  <span className="pill pill--warning incident-pill">{t('list.exercise')}</span>
                ) : null}
              </th>
              <td>{dateTime(i.detectedAt)}</td>
              <td>{PHASE_LABELS[i.phase].short[lang]}</td>
              <td>{i.natures.map((n) => NATURE_LABELS[n].short[lang]).join(', ')}</td>
              <td>
                {i.status === 'open' ? t('list.open') : t('list.closed')}
                {i.id === activeId ? (
                  <span className="pill pill--ok incident-pill">{t('list.active')}</span>
                ) : null}
              </td>
              <td className="incident-list__buttons">
                {i.status === 'open' && i.id !== activeId ? (
                  <button type="button" disabled={busy || readOnly} onClick={() => void makeActive(i.id)}>
                    {t('list.makeActive')}
                  </button>
                ) : null}
                <a className="incident-list__link" href={hrefFor('board', i.id)}>
                  {t('list.show')}
                </a>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy || readOnly}
                  onClick={() => setStatus(i, i.status === 'open' ? 'closed' : 'open')}
                >
                  {i.status === 'open' ? t('list.close') : t('list.reopen')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
