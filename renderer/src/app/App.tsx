import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRoomRefusal } from '../api/client';
import { Banner } from '../components/Banner';
import { WorkspaceBanners } from '../components/WorkspaceBanners';
import { ProjectorView } from '../features/board/ProjectorView';
import { JoinScreen } from '../features/room/JoinScreen';
import { RoomBadge } from '../features/room/RoomBadge';
import { subscribeAppEvents, useAppStore } from '../state/app-store';
import { hrefFor, indexOfShortcutKey, navigate, sectionsFor, shortcutKeyOf, useRoute } from './routes';
import { SECTION_VIEWS } from './section-views';

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const load = useAppStore((s) => s.load);
  const fatal = useAppStore((s) => s.fatal);
  const settings = useAppStore((s) => s.settings);
  const workspace = useAppStore((s) => s.workspace);
  const participant = useAppStore((s) => s.participant);
  const sections = sectionsFor(participant?.role ?? null);

  useEffect(() => {
    void load();
    return subscribeAppEvents();
  }, [load]);

  // Alt+1 … Alt+9 and Alt+0 (the tenth) jump to a section from anywhere, so the operator never needs the mouse.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = indexOfShortcutKey(event.key);
      const section = sectionsFor(useAppStore.getState().participant?.role ?? null)[index];
      if (section) {
        event.preventDefault();
        navigate(section);
        document.getElementById('main')?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // in the room without a session (not joined yet, or ended by the operator): the join screen
  if (fatal && isRoomRefusal(fatal)) return <JoinScreen ended={fatal.code === 'room.sessionEnded'} />;
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
  if (route.projector || participant?.role === 'projector') return <ProjectorView />;

  const section = sections.includes(route.section) ? route.section : (sections[0] ?? 'home');
  const View = SECTION_VIEWS[section];
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
        {participant ? <RoomBadge name={participant.name} role={participant.role} /> : null}
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {sections.map((item, index) => (
            <li key={item}>
              <a
                href={hrefFor(item)}
                aria-current={section === item ? 'page' : undefined}
                title={
                  shortcutKeyOf(index) === null
                    ? undefined
                    : t('nav.shortcutHint', { key: shortcutKeyOf(index) })
                }
              >
                <span className="sidebar__key" aria-hidden="true">
                  {shortcutKeyOf(index) ?? ''}
                </span>
                {t(`nav.${item}`)}
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
