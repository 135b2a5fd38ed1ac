import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSubmit } from '../../hooks/use-submit';
import { useAppStore } from '../../state/app-store';

/** Loads the shipped sample or a scenario file the leader picks; a wrong file is refused whole. */
export function LoadScenario({ onLoaded }: { onLoaded(): void }) {
  const { t } = useTranslation('exercise');
  const author = useAppStore((s) => s.author);
  const [nameFirst, setNameFirst] = useState(false);
  const { busy, error: refused, run } = useSubmit();
  const error = nameFirst ? t('load.nameFirst') : refused;

  async function load(source: { kind: 'sample' } | { kind: 'file'; text: string }) {
    setNameFirst(!author.trim());
    if (!author.trim()) return;
    const loaded = await run(async () => {
      await call('exercise.load', { author, source });
      return true;
    });
    if (loaded) onLoaded();
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
