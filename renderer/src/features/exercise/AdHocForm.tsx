import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client';
import { useSubmit } from '../../hooks/use-submit';

/** An inject made up on the spot; it reaches the players' log at once. Typed text is kept on failure. */
export function AdHocForm({ incidentId, author }: { incidentId: string; author: string }) {
  const { t, i18n } = useTranslation('exercise');
  const [from, setFrom] = useState('');
  const [channel, setChannel] = useState('');
  const [summary, setSummary] = useState('');
  const [awaitsAnswer, setAwaitsAnswer] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useSubmit();

  return (
    <details className="exercise-panel">
      <summary>
        <h2>{t('adHoc.title')}</h2>
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          void run(() =>
            call('exercise.adHoc', { incidentId, author, from, channel, summary, awaitsAnswer })
              .then(() => {
                setSummary('');
                setAwaitsAnswer(false);
              })
              .catch((err: unknown) =>
                setError(err instanceof ApiError ? err.text(i18n.language) : String(err)),
              ),
          );
        }}
      >
        <div className="exercise-panel__row">
          <label className="field">
            <span>{t('adHoc.from')}</span>
            <input value={from} onChange={(e) => setFrom(e.target.value)} required maxLength={200} />
          </label>
          <label className="field">
            <span>{t('adHoc.channel')}</span>
            <input value={channel} onChange={(e) => setChannel(e.target.value)} required maxLength={80} />
          </label>
        </div>
        <label className="field">
          <span>{t('adHoc.summary')}</span>
          <textarea
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            required
            maxLength={2000}
            rows={3}
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={awaitsAnswer} onChange={(e) => setAwaitsAnswer(e.target.checked)} />{' '}
          {t('adHoc.awaitsAnswer')}
        </label>
        <div>
          <button type="submit" disabled={busy}>
            {t('adHoc.send')}
          </button>
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </details>
  );
}
