import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FixedNow } from '../../hooks/use-now';
import { useAppStore } from '../../state/app-store';
import { ReplayWallBand } from '../replay/ReplayWallBand';
import { useProjectedReplay } from '../replay/use-projected-replay';
import { BoardScreen } from './BoardScreen';
import { toggleFullscreen } from './host-actions';
import { MediaGuidance } from './MediaGuidance';
import { useBoardKeys } from './use-board-keys';
import { useBoardState } from './use-board-state';
import { useBoardView } from './use-board-view';
import { useWallFit } from './use-wall-fit';
import { fittedLimits, WallLimitsContext, wallLimits } from './wall-density';
import './board.css';
import './projector.css';

/**
 * The board on the projector (#/projector in Electron's second window, /board in the browser):
 * the active incident, live, with no controls, no form fields and no private phone numbers —
 * it never asks the back end for them.
 */
export function ProjectorView() {
  const { t } = useTranslation('board');
  const replay = useProjectedReplay();
  const { state: live } = useBoardState({ operator: false });
  // while the operator puts a replay on the wall, its moment's board stands here instead of the live one
  const state = replay?.board ?? live;
  const moment = useMemo(() => (replay ? new Date(replay.at) : null), [replay]);
  const view = useBoardView(state, moment ?? undefined);
  const [media, setMedia] = useState(false);
  const scale = useAppStore((s) => s.settings?.boardScale ?? 1);
  const root = useRef<HTMLElement>(null);
  // new data or another size setting: start from the full board again
  const fitKey = useMemo(() => ({ scale, view }), [scale, view]);
  const level = useWallFit(root, fitKey);
  const { limits, css } = useMemo(() => fittedLimits(wallLimits(scale), level), [scale, level]);
  useBoardKeys({ media: () => setMedia(true), fullscreen: toggleFullscreen });

  return (
    <main
      ref={root}
      className="projector"
      aria-label={t('title')}
      data-density={limits.density}
      data-fit={css}
      data-fit-level={level}
    >
      {!state ? <p className="loading">{t('loading')}</p> : null}
      {state && (!state.incident || !view) ? (
        <div className="projector-empty">
          <h1>{t('noIncident')}</h1>
          {state.organisation ? <p>{state.organisation}</p> : null}
        </div>
      ) : null}
      {state?.incident && view ? (
        <WallLimitsContext.Provider value={limits}>
          <FixedNow.Provider value={moment}>
            <BoardScreen
              state={state}
              incident={state.incident}
              view={view}
              handlers={null}
              banner={replay ? <ReplayWallBand at={replay.at} title={state.incident.title} /> : null}
            />
          </FixedNow.Provider>
        </WallLimitsContext.Provider>
      ) : null}
      {media ? <MediaGuidance onClose={() => setMedia(false)} /> : null}
    </main>
  );
}
