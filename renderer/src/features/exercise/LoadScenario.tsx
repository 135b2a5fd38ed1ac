import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client';
import { useAppStore } from '../../state/app-store';

/** Loads the shipped sample or a scenario file the leader picks; a wrong file is refused whole. */
export function LoadScenario({ onLoaded }: { onLoaded(): void }) {
  const { t, i18n } = useTranslation('exercise');
  const author = useAppStore((s) => s.author);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(source: { kind: 'sample' } | { kind: 'file'; text: string }) {
    if (!author.trim()) {
      setError(t('load.nameFirst'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('exercise.load', { author, source });
      onLoaded();
    } catch (e) {
      setError(e instanceof ApiError ? e.text(i18n.language) : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="exercise-panel">
      <h2>{t('load.title')}</h2>
      <p>{t('load.explain')}</p>
      <div className="exercise-panel__row">
        <button type="button" disabled={busy} onClick={() => void load({ kind: 'sample' })}>
          {t('load.sample')}
        </button>
        <label className="field">
          <span>{t('load.file')}</span>
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.text().then((text) => load({ kind: 'file', text }));
            }}
          />
        </label>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
