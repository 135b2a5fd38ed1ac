import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '../../../../shared/api/exercise-api';
import { ApiError, call } from '../../api/client';
import { useNow } from '../../hooks/use-now';
import { formatElapsed, scenarioElapsed } from './use-exercise';

const SPEEDS = [1, 2, 5, 10, 30, 60] as const;

/** The scenario clock with start, pause, resume and the speed. */
export function ExerciseControls({ view, author }: { view: ExerciseView; author: string }) {
  const { t, i18n } = useTranslation('exercise');
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const id = view.incidentId;

  function run(step: () => Promise<unknown>) {
    setError(null);
    step().catch((e: unknown) => setError(e instanceof ApiError ? e.text(i18n.language) : String(e)));
  }
  const command = (c: 'start' | 'pause' | 'resume') => () =>
    run(() => call('exercise.control', { incidentId: id, author, command: c }));
  const fired = view.rows.filter((r) => r.state === 'fired').length;

  return (
    <div className="exercise-panel exercise-controls">
      <div className="exercise-controls__clock" role="timer" aria-label={t('clock')}>
        <span className="exercise-controls__label">{t('clock')}</span>
        <span className="exercise-controls__time" data-testid="scenario-clock">
          {formatElapsed(scenarioElapsed(view, now.getTime()))}
        </span>
        <span className={`pill exercise-status exercise-status--${view.status}`}>
          {t(`status.${view.status}`)}
        </span>
      </div>
      <div className="exercise-panel__row">
        {view.status === 'ready' ? (
          <button type="button" onClick={command('start')}>
            {t('start')}
          </button>
        ) : null}
        {view.status === 'running' ? (
          <button type="button" onClick={command('pause')}>
            {t('pause')}
          </button>
        ) : null}
        {view.status === 'paused' ? (
          <button type="button" onClick={command('resume')}>
            {t('resume')}
          </button>
        ) : null}
        <label className="field exercise-controls__speed">
          <span>{t('speed')}</span>
          <select
            value={String(view.speed)}
            onChange={(e) => {
              const speed = Number(e.target.value);
              run(() => call('exercise.setSpeed', { incidentId: id, speed }));
            }}
            aria-describedby="exercise-speed-hint"
          >
            {[...new Set([...SPEEDS, view.speed])].map((s) => (
              <option key={s} value={String(s)}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="muted" id="exercise-speed-hint">
          {t('speedHint')}
        </span>
        <span className="exercise-controls__progress">
          {t('progress', { fired, total: view.rows.length })}
        </span>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
