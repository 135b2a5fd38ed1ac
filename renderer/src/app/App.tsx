import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner';
import { WorkspaceBanners } from '../components/WorkspaceBanners';
import { ProjectorView } from '../features/board/ProjectorView';
import { subscribeAppEvents, useAppStore } from '../state/app-store';
import { hrefFor, navigate, SECTIONS, useRoute } from './routes';
import { SECTION_VIEWS } from './section-views';

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const load = useAppStore((s) => s.load);
  const fatal = useAppStore((s) => s.fatal);
  const settings = useAppStore((s) => s.settings);
  const workspace = useAppStore((s) => s.workspace);

  useEffect(() => {
    void load();
    return subscribeAppEvents();
  }, [load]);

  // Alt+1 … Alt+9 and Alt+0 (the tenth) jump to a section from anywhere, so the operator never needs the mouse.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = event.key === '0' ? 9 : Number(event.key) - 1;
      const section = SECTIONS[index];
      if (section) {
        event.preventDefault();
        navigate(section);
        document.getElementById('main')?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (fatal) {
    return (
      <main className="fatal">
        <Banner tone="danger" role="alert" title={t('errors.title')}>
          {fatal.text(i18n.language)}
        </Banner>
        <button type="button" onClick={() => void load()}>
          {t('actions.retry')}
        </button>
      </main>
    );
  }
  if (!settings) return <p className="loading">{t('loading')}</p>;
  if (route.projector) return <ProjectorView />;

  const View = SECTION_VIEWS[route.section];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('appName')}</span>
        <span className="topbar__workspace" title={workspace?.dir ?? ''}>
          {workspace?.dir ?? t('workspace.none')}
          {workspace?.readOnly ? (
            <span className="pill pill--warning">{t('workspace.readOnlyTitle')}</span>
          ) : null}
        </span>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {SECTIONS.map((section, index) => (
            <li key={section}>
              <a
                href={hrefFor(section)}
                aria-current={route.section === section ? 'page' : undefined}
                title={t('nav.shortcutHint', { key: (index + 1) % 10 })}
              >
                <span className="sidebar__key" aria-hidden="true">
                  {(index + 1) % 10}
                </span>
                {t(`nav.${section}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <WorkspaceBanners />
        <View />
      </main>
    </div>
  );
}
