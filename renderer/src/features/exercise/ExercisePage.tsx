import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useAppStore } from '../../state/app-store';
import { AdHocForm } from './AdHocForm';
import { ExerciseControls } from './ExerciseControls';
import { InjectTable } from './InjectTable';
import { LoadScenario } from './LoadScenario';
import { useExercise } from './use-exercise';
import './exercise.css';

/**
 * #/exercise: the exercise leader's screen, apart from the players' board. Load a scenario, run
 * its clock, fire an ad-hoc inject, and follow per inject how fast the team responded.
 */
export function ExercisePage() {
  const { t } = useTranslation();
  const { t: x, i18n } = useTranslation('exercise');
  const author = useAppStore((s) => s.author);
  const setAuthor = useAppStore((s) => s.setAuthor);
  const { data: view, error, reload } = useExercise();
  const [actionError, setActionError] = useState<string | null>(null);
  const [loadAnother, setLoadAnother] = useState(false);
  const shownError = actionError ?? (error ? error.text(i18n.language) : null);

  return (
    <section aria-labelledby="page-title" className="exercise-page">
      <h1 id="page-title">{t('nav.exercise')}</h1>
      <p className="lead">{x('intro')}</p>
      <label className="field exercise-page__leader">
        <span>{x('leader')}</span>
        <input
          value={author}
          onChange={(e) => setAuthor(e.target.value)}
          maxLength={200}
          autoComplete="name"
        />
      </label>
      {shownError ? (
        <p className="field-error" role="alert">
          {shownError}
        </p>
      ) : null}
      {view === null && !error ? <LoadScenario onLoaded={reload} /> : null}
      {view ? (
        <>
          <h2 className="exercise-page__title">
            {view.scenarioTitle}
            {view.incidentTitle !== view.scenarioTitle ? ` — ${view.incidentTitle}` : ''}
          </h2>
          <ExerciseControls view={view} author={author} />
          <details className="exercise-panel">
            <summary>
              <h2>{x('objectives')}</h2>
            </summary>
            <ol>
              {view.objectives.map((o) => (
                <li key={o.id}>{o.text}</li>
              ))}
            </ol>
          </details>
          <AdHocForm incidentId={view.incidentId} author={author} />
          <InjectTable
            rows={view.rows}
            incidentId={view.incidentId}
            author={author}
            onError={(e) => setActionError(e instanceof ApiError ? e.text(i18n.language) : String(e))}
          />
          {loadAnother ? (
            <LoadScenario
              onLoaded={() => {
                setLoadAnother(false);
                reload();
              }}
            />
          ) : (
            <button type="button" className="secondary" onClick={() => setLoadAnother(true)}>
              {x('load.another')}
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}
