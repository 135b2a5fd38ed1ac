import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, useRoute } from '../../app/routes';
import { Banner } from '../../components/Banner';
import { useAppStore } from '../../state/app-store';
import { type EditorApi, EditorContext } from './editor/editor-context';
import { TABS, type Tab, tabOf, targetFromRoute } from './editor/targets';
import { useFocusTarget } from './editor/use-focus-target';
import { useProtocolEditor } from './editor/use-protocol-editor';
import { useSaveShortcut } from './editor/use-save-shortcut';
import './protocol.css';
import { localeOf } from '../../../../shared/i18n/locale';
import { ImportSection } from './import/ImportSection';
import { SaveBar } from './SaveBar';
import { ChannelsSection } from './sections/ChannelsSection';
import { CrisisTeamSection } from './sections/CrisisTeamSection';
import { DataSection } from './sections/DataSection';
import { EscalationSection } from './sections/EscalationSection';
import { ExerciseSection } from './sections/ExerciseSection';
import { MediaSection } from './sections/MediaSection';
import { OrganisationSection } from './sections/OrganisationSection';
import { PeopleSection } from './sections/PeopleSection';
import { ReadinessSection } from './sections/ReadinessSection';
import { StakeholdersSection } from './sections/StakeholdersSection';
import { SystemsSection } from './sections/SystemsSection';

/**
 * The protocol editor (inrichtingsfase): Bijlage I part by part, the people registry, the live
 * readiness list, and files in and out. Edits collect in a draft (kept in localStorage) until the
 * user saves with the button or Ctrl+S.
 */
export function ProtocolPage() {
  const { t, i18n } = useTranslation(['protocol', 'common']);
  const route = useRoute();
  const workspace = useAppStore((s) => s.workspace);
  const readOnly = workspace?.readOnly ?? true;
  const editor = useProtocolEditor(workspace?.dir ?? null, i18n.language);
  const tab = tabOf(route.rest[0]);
  const target = targetFromRoute(route.rest);
  useFocusTarget(target, editor.draft !== null, `${tab}/${route.rest.join('/')}`);
  useSaveShortcut(() => void editor.save(), !readOnly && editor.draft !== null);

  const { draft, update, touch, issues, touched, showAll } = editor;
  const api = useMemo<EditorApi | null>(
    () =>
      draft
        ? {
            draft,
            readOnly,
            update,
            touch,
            shownIssue: (id) => (showAll || touched.has(id) ? issues.get(id) : undefined),
          }
        : null,
    [draft, readOnly, update, touch, issues, touched, showAll],
  );

  if (!workspace?.dir) return <p>{t('readiness.homeNone')}</p>;
  if (editor.loadError) {
    return (
      <Banner tone="danger" role="alert" title={t('loadFailed')}>
        {editor.loadError}
      </Banner>
    );
  }
  if (!api || !editor.readiness) return <p className="loading">{t('common:loading')}</p>;

  const views: Record<Exclude<Tab, 'readiness' | 'data' | 'import'>, ReactNode> = {
    organisation: <OrganisationSection />,
    systems: <SystemsSection />,
    stakeholders: <StakeholdersSection />,
    crisisTeam: <CrisisTeamSection />,
    channels: <ChannelsSection />,
    media: <MediaSection />,
    escalation: <EscalationSection />,
    exercise: <ExerciseSection />,
    people: <PeopleSection focusId={target?.section === 'people' ? (target.itemId ?? null) : null} />,
  };

  return (
    <div className="pe">
      <h1 id="page-title">{t('title')}</h1>
      <p className="muted pe-lead">{t('intro')}</p>
      {readOnly ? (
        <Banner tone="warning" title={t('readOnly.title')}>
          <p>{workspace.readOnlyReason?.[localeOf(i18n.language)] ?? ''}</p>
          <p>{t('readOnly.body')}</p>
        </Banner>
      ) : null}
      <SaveBar editor={editor} readOnly={readOnly} />
      <div className="pe-layout">
        <nav className="pe-tabs" aria-label={t('tabsLabel')}>
          <ul>
            {TABS.map((name) => (
              <li key={name}>
                <a href={hrefFor('protocol', name)} aria-current={name === tab ? 'page' : undefined}>
                  {t(`tabs.${name}`)}
                  {name === 'readiness' && editor.readiness && editor.readiness.gaps.length > 0 ? (
                    <span className="pe-badge">{editor.readiness.gaps.length}</span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="pe-body">
          <EditorContext.Provider value={api}>
            {tab === 'readiness' ? (
              <ReadinessSection readiness={editor.readiness} dirty={editor.dirty} />
            ) : tab === 'import' ? (
              <ImportSection dirty={editor.dirty} readOnly={readOnly} onImported={editor.replaceWith} />
            ) : tab === 'data' ? (
              <DataSection dirty={editor.dirty} readOnly={readOnly} onReplaced={editor.replaceWith} />
            ) : (
              <fieldset className="pe-fieldset" disabled={readOnly}>
                <p className="muted pe-how">{t('save.howItWorks')}</p>
                {views[tab]}
              </fieldset>
            )}
          </EditorContext.Provider>
        </div>
      </div>
    </div>
  );
}
