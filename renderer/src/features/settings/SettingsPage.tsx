import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../shared/i18n/locale';
import type { Language, Theme } from '../../../../shared/settings/schema';
import { ApiError, call } from '../../api/client';
import { useAppStore } from '../../state/app-store';

/** Each language by its own name, so a reader finds theirs whatever the interface speaks now. */
const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const settings = useAppStore((s) => s.settings);
  const workspace = useAppStore((s) => s.workspace);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const refreshWorkspace = useAppStore((s) => s.refreshWorkspace);
  const [dir, setDir] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const lang = localeOf(i18n.language);
  if (!settings) return null;

  async function save(patch: Parameters<typeof updateSettings>[0]) {
    try {
      await updateSettings(patch);
      setStatus(t('settings.saved'));
    } catch (error) {
      setStatus(error instanceof ApiError ? error.text(lang) : String(error));
    }
  }

  async function openWorkspace(target: string, create: boolean) {
    try {
      await call('workspace.open', { dir: target, create });
      setStatus(t('workspace.opened'));
    } catch (error) {
      setStatus(error instanceof ApiError ? error.text(lang) : String(error));
    }
    await refreshWorkspace();
  }

  function submit(event: FormEvent<HTMLFormElement>, create: boolean) {
    event.preventDefault();
    if (dir.trim()) void openWorkspace(dir.trim(), create);
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>

      <fieldset className="field-group">
        <legend>{t('settings.language')}</legend>
        {(['nl', 'en'] as Language[]).map((l) => (
          <label key={l} className="choice">
            <input
              type="radio"
              name="language"
              value={l}
              checked={settings.language === l}
              onChange={() => void save({ language: l })}
            />
            {LANGUAGE_NAMES[l]}
          </label>
        ))}
      </fieldset>

      <fieldset className="field-group">
        <legend>{t('settings.theme')}</legend>
        {(['dark', 'light'] as Theme[]).map((theme) => (
          <label key={theme} className="choice">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => void save({ theme })}
            />
            {theme === 'dark' ? t('settings.themeDark') : t('settings.themeLight')}
          </label>
        ))}
      </fieldset>

      <label className="field">
        <span>
          {t('settings.boardScale')}: {Math.round(settings.boardScale * 100)}%
        </span>
        <input
          type="range"
          min={0.75}
          max={2}
          step={0.05}
          value={settings.boardScale}
          onChange={(e) => void save({ boardScale: Number(e.target.value) })}
        />
      </label>

      <label className="choice">
        <input
          type="checkbox"
          checked={settings.singleKeyShortcuts}
          onChange={(e) => void save({ singleKeyShortcuts: e.target.checked })}
          aria-describedby="single-keys-hint"
        />
        {t('settings.singleKeys')}
      </label>
      <p id="single-keys-hint" className="muted">
        {t('settings.singleKeysHint')}
      </p>

      <h2>{t('workspace.title')}</h2>
      <p>
        {t('workspace.current')}:{' '}
        <code data-testid="workspace-dir">{workspace?.dir ?? t('workspace.none')}</code>
      </p>
      <p className="muted">{t('workspace.dataNote')}</p>
      <form className="inline-form" onSubmit={(e) => submit(e, false)}>
        <label className="field">
          <span>{t('workspace.pathLabel')}</span>
          <input value={dir} onChange={(e) => setDir(e.target.value)} placeholder={workspace?.defaultDir} />
        </label>
        <button type="submit">{t('workspace.open')}</button>
        <button type="button" onClick={(e) => submit(e as unknown as FormEvent<HTMLFormElement>, true)}>
          {t('workspace.create')}
        </button>
      </form>
      {workspace && workspace.recent.length > 0 ? (
        <>
          <h3>{t('workspace.recent')}</h3>
          <ul className="plain-list">
            {workspace.recent.map((r) => (
              <li key={r.dir}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void openWorkspace(r.dir, false)}
                >
                  {r.dir}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {status ? (
        <p className="toast" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
