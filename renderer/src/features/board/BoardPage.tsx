import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentOpenVerdicts } from '../../../../shared/board/derive';
import { type Audience, PHASES, type Phase } from '../../../../shared/model/vocabulary';
import { ApiError, call } from '../../api/client';
import { hrefFor, useRoute } from '../../app/routes';
import { useSubmit } from '../../hooks/use-submit';
import { useAppStore } from '../../state/app-store';
import { BoardModals, type Modal } from './BoardModals';
import { BoardScreen } from './BoardScreen';
import { BoardToolbar } from './BoardToolbar';
import { setProjector, toggleFullscreen } from './host-actions';
import { RecentLog } from './RecentLog';
import { useBoardKeys } from './use-board-keys';
import { useBoardState } from './use-board-state';
import { useBoardView } from './use-board-view';
import './board.css';
import './laptop.css';
import { useLocale } from '../../i18n/use-locale';

/** The operator's board: the same board as the projector, plus the controls (#/board or #/board/<id>). */
export function BoardPage() {
  const { t } = useTranslation('board');
  const lang = useLocale();
  const route = useRoute();
  const host = useAppStore((s) => s.info?.host);
  const author = useAppStore((s) => s.author);
  const readOnly = useAppStore((s) => s.workspace?.readOnly ?? false);
  const { state, error } = useBoardState({ incidentId: route.rest[0], operator: true });
  const view = useBoardView(state);
  const [modal, setModal] = useState<Modal | null>(null);
  const [projectorOpen, setProjectorOpen] = useState(false);
  const [toast, setToast] = useState<string | null>(null);
  const oneAtATime = useSubmit();
  // F: the board takes the whole window (over the app's side bar) and the screen, for a laptop.
  const [focus, setFocus] = useState(false);
  const fullscreen = () => {
    setFocus(!focus);
    toggleFullscreen();
  };

  const incident = state?.incident ?? null;
  const writable = incident !== null && incident.status === 'open' && !readOnly;
  const open = view ? currentOpenVerdicts(view.verdicts) : [];

  /** Everything that writes to the log needs a name first; ask once, then carry on. */
  const ask = (next: Modal) => {
    if (!writable) return;
    setModal(author ? next : { kind: 'author', next });
  };
  const phaseStep = (delta: 1 | -1) => {
    if (!incident) return;
    const to: Phase | undefined = PHASES[PHASES.indexOf(incident.phase) + delta];
    if (to) ask({ kind: 'phase', from: incident.phase, to });
  };
  const logFirst = () => {
    const first = open[0];
    ask({
      kind: 'log',
      initial: first
        ? { audience: first.audience, action: first.action }
        : { audience: 'internal', action: null },
    });
  };
  const naFirst = () => {
    const first = open[0];
    if (first) ask({ kind: 'na', initial: { audience: first.audience, action: first.action } });
  };
  /** "Zo nodig" and not needed: one click, no form (the author is asked once first). */
  const notNeeded = (audience: Audience, action: number) => {
    if (!writable || !incident) return;
    // one click is one entry: a double click waits for the first one (the shared submit guard)
    const record = (name: string) =>
      void oneAtATime.run(() =>
        call('board.markNotNeeded', {
          incidentId: incident.id,
          author: name,
          audience,
          action,
          phase: incident.phase,
        })
          .then(({ seq }) => setToast(t('saved', { seq })))
          .catch((e: unknown) => setToast(e instanceof ApiError ? e.text(lang) : String(e))),
      );
    if (author) record(author);
    else setModal({ kind: 'author', next: null, after: () => record(useAppStore.getState().author) });
  };
  const projector = () => {
    void setProjector(!projectorOpen || host !== 'electron', host).then(setProjectorOpen);
  };

  useBoardKeys({
    next: () => phaseStep(1),
    previous: () => phaseStep(-1),
    log: logFirst,
    na: naFirst,
    regulator: () => ask({ kind: 'regulator' }),
    edit: () => ask({ kind: 'edit' }),
    media: () => setModal({ kind: 'media' }),
    mediaRound: () => ask({ kind: 'mediaRound' }),
    escalation: () => incident && ask({ kind: 'escalation' }),
    knowledge: () => incident && setModal({ kind: 'knowledge' }),
    projector,
    fullscreen,
  });

  if (error && !state) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('title')}</h1>
        <p className="field-error" role="alert">
          {error.text(useAppStore.getState().settings?.language ?? 'nl')}
        </p>
      </section>
    );
  }
  if (!state) return <p className="loading">{t('loading')}</p>;
  if (!incident || !view) {
    return (
      <section aria-labelledby="page-title" className="board-empty">
        <h1 id="page-title">{t('title')}</h1>
        <p className="lead">{t('noIncident')}</p>
        <p>{t('noIncidentHint')}</p>
        <a href={hrefFor('incidents')}>{t('toIncidents')}</a>
      </section>
    );
  }

  return (
    <div className={`board-page${focus ? ' board-page--focus' : ''}`}>
      <BoardScreen
        state={state}
        incident={incident}
        view={view}
        handlers={
          writable
            ? {
                onLog: (audience, action, phase) =>
                  ask({ kind: 'log', initial: { audience, action, ...(phase ? { phase } : {}) } }),
                onNotApplicable: (audience, action) => ask({ kind: 'na', initial: { audience, action } }),
                onNotNeeded: notNeeded,
              }
            : null
        }
        toolbar={
          <BoardToolbar
            phase={incident.phase}
            writable={writable}
            projectorOpen={projectorOpen && host === 'electron'}
            onPhase={phaseStep}
            onLog={logFirst}
            onRegulator={() => ask({ kind: 'regulator' })}
            onEdit={() => ask({ kind: 'edit' })}
            onMedia={() => setModal({ kind: 'media' })}
            onMediaRound={() => ask({ kind: 'mediaRound' })}
            onEscalation={() => ask({ kind: 'escalation' })}
            onKnowledge={() => setModal({ kind: 'knowledge' })}
            onProjector={projector}
          />
        }
        footer={
          <>
            {toast ? (
              <p className="toast board-toast" role="status">
                {toast}
              </p>
            ) : null}
            <RecentLog entries={state.recent} organisations={view.verdicts.organisations} />
          </>
        }
      />
      <BoardModals
        modal={modal}
        state={state}
        incident={incident}
        view={view}
        open={open}
        author={author}
        writable={writable}
        onModal={setModal}
        onSaved={(seq) => {
          setModal(null);
          setToast(t('saved', { seq }));
        }}
      />
    </div>
  );
}
