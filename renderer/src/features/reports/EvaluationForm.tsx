import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationView, ReportIncident } from '../../../../shared/api/report-api';
import { localeOf } from '../../../../shared/i18n/locale';
import { formatAmsterdam } from '../../../../shared/log/time';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/use-live-call';
import { LoadState } from '../../components/LoadState';
import { useSeeded } from '../../hooks/use-seeded';
import { useSubmit } from '../../hooks/use-submit';
import { useAppStore } from '../../state/app-store';
import { type Draft, draftFrom, editFrom } from './evaluation-draft';
import { ImprovementFields } from './ImprovementFields';
import { OverviewFields } from './OverviewFields';
import { ProtocolUpdates } from './ProtocolUpdates';
import { RatingsTable } from './RatingsTable';

const NO_EVENTS = [] as const;

/**
 * The evaluation the exercise leader fills in, in the order of the evaluation report; open by
 * default for exercises. The same form evaluates a real incident ("Evaluatie van het incident").
 */
export function EvaluationForm({ incident, onSaved }: { incident: ReportIncident; onSaved(): void }) {
  const { t, i18n } = useTranslation('report');
  const lang = localeOf(i18n.language);
  const storedAuthor = useAppStore((s) => s.author);
  const setStoredAuthor = useAppStore((s) => s.setAuthor);
  // asked once per incident (the page is keyed by it); the form is seeded from the answer once
  const query = useLiveCall(
    useCallback(() => call('evaluation.get', { incidentId: incident.id }), [incident.id]),
    NO_EVENTS,
  );
  const form = useSeeded<EvaluationView, Draft>(query.data, draftFrom);
  const view = form.base;
  const draft = form.value;
  const [author, setAuthor] = useState(storedAuthor);
  const [retake, setRetake] = useState(false);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const saving = submit.busy;
  const status = saving
    ? { text: t('evaluation.saving') }
    : submit.error
      ? { text: submit.error, error: true }
      : saved
        ? { text: t('evaluation.saved') }
        : null;

  const patch = (p: Partial<Draft>) => form.set((d) => ({ ...d, ...p }));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!view || !draft) return;
    setSaved(false);
    const name = author.trim();
    const next = await submit.run(() =>
      call('evaluation.update', {
        incidentId: incident.id,
        author: name,
        evaluation: editFrom(draft, view),
        retakeSnapshot: retake,
      }),
    );
    if (!next) return;
    if (name && name !== storedAuthor) setStoredAuthor(name);
    form.adopt(next);
    setRetake(false);
    setSaved(true);
    onSaved();
  }

  const ro = view?.readOnly ?? true;
  const snap = view?.evaluation.readinessSnapshot ?? null;
  const gaps = snap ? snap.gaps : (view?.currentGaps ?? []);

  return (
    <details className="reports-panel reports-evaluation" open={incident.isExercise}>
      <summary>
        <h2>{t(incident.isExercise ? 'evaluation.title' : 'evaluation.titleIncident')}</h2>
      </summary>
      {!incident.isExercise ? <p className="muted">{t('evaluation.notExercise')}</p> : null}
      {view?.readOnly ? <p className="field-warning">{t('evaluation.readOnly')}</p> : null}
      {!view || !draft ? (
        <LoadState query={query} />
      ) : (
        <form onSubmit={(e) => void save(e)} aria-busy={saving}>
          {view.evaluation.updatedAt ? (
            <p className="muted">
              {t('evaluation.lastSaved', {
                by: view.evaluation.updatedBy || '–',
                at: formatAmsterdam(view.evaluation.updatedAt, 'dd-MM-yyyy HH:mm'),
              })}
            </p>
          ) : null}

          <OverviewFields draft={draft} patch={patch} readOnly={ro} isExercise={incident.isExercise} />

          <h3>{t('evaluation.notes')}</h3>
          {view.evaluatorNotes.length === 0 ? (
            <p className="muted">{t('evaluation.noNotes')}</p>
          ) : (
            <ul className="reports-notes">
              {view.evaluatorNotes.map((n) => (
                <li key={n.seq}>
                  <span className="muted">
                    #{n.seq} · {formatAmsterdam(n.at, 'dd-MM HH:mm')} · {n.author}:
                  </span>{' '}
                  {n.summary}
                </li>
              ))}
            </ul>
          )}

          <h3>{t('evaluation.ratings')}</h3>
          <p className="muted">{t('evaluation.ratingsIntro')}</p>
          <RatingsTable
            ratings={view.ratings}
            choices={draft.ratings}
            readOnly={ro}
            onChange={(key, choice) => patch({ ratings: { ...draft.ratings, [key]: choice } })}
          />

          <ImprovementFields draft={draft} patch={patch} readOnly={ro} lang={lang} />

          <h3>{t('evaluation.protocolUpdates')}</h3>
          <p className="muted">{t('evaluation.protocolUpdatesIntro')}</p>
          <p>
            {snap
              ? t('evaluation.snapshot', {
                  at: formatAmsterdam(snap.takenAt, 'dd-MM-yyyy HH:mm'),
                  met: snap.met,
                  checks: snap.checks,
                })
              : t('evaluation.noSnapshot')}
          </p>
          <ProtocolUpdates
            updates={draft.protocolUpdates}
            gaps={gaps}
            readOnly={ro}
            onChange={(protocolUpdates) => patch({ protocolUpdates })}
          />
          {snap ? (
            <label className="choice">
              <input
                type="checkbox"
                checked={retake}
                disabled={ro}
                onChange={(e) => setRetake(e.target.checked)}
              />
              {t('evaluation.retake')}
            </label>
          ) : null}

          {incident.isExercise ? (
            <label className="field reports-panel__narrow">
              <span>{t('evaluation.nextExercise')}</span>
              <input
                type="date"
                value={draft.nextExerciseDate}
                readOnly={ro}
                onChange={(e) => patch({ nextExerciseDate: e.target.value })}
              />
            </label>
          ) : null}

          <div className="reports-panel__row reports-panel__save">
            <label className="field">
              <span>{t('evaluation.author')}</span>
              <input
                value={author}
                required
                maxLength={200}
                readOnly={ro}
                onChange={(e) => setAuthor(e.target.value)}
              />
            </label>
            <button type="submit" disabled={ro || saving}>
              {t('evaluation.save')}
            </button>
          </div>
          <p
            className={status?.error ? 'field-error' : 'reports-panel__status'}
            role="status"
            aria-live="polite"
          >
            {status?.text ?? ''}
          </p>
        </form>
      )}
    </details>
  );
}
