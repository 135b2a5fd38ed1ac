import { memo, type ReactNode } from 'react';
import type { BoardState } from '../../../../shared/board/board-state';
import type { BoardView } from '../../../../shared/board/derive';
import type { Incident } from '../../../../shared/incident/schema';
import { useConnection } from '../../api/use-connection';
import { BoardHeader } from './BoardHeader';
import type { ActionHandlers } from './CurrentCell';
import { KeyBar } from './KeyBar';
import { MatrixGrid } from './MatrixGrid';
import { StaleBanner } from './StaleBanner';
import { LiveWaitingStrip } from './WaitingStrip';
import './board-verdicts.css';
import './stale.css';

interface BoardScreenProps {
  state: BoardState;
  incident: Incident;
  /** the board as of its data; the parts that tick work out their own every second */
  view: BoardView;
  /** the operator's buttons; null on the projector */
  handlers: ActionHandlers | null;
  toolbar?: ReactNode;
  footer?: ReactNode;
  /** above everything, e.g. the replay band on the projector */
  banner?: ReactNode;
}

/** The matrix only changes with the data: a clock tick or a banner never re-renders it. */
const StableMatrix = memo(MatrixGrid);

/** The board itself, the same on the projector and the operator's screen; only the controls differ. */
export function BoardScreen({ state, incident, view, handlers, toolbar, footer, banner }: BoardScreenProps) {
  const connection = useConnection();
  return (
    <div
      className={`board${incident.isExercise ? ' board--exercise' : ''}${connection.live ? '' : ' board--stale'}`}
      data-phase={incident.phase}
    >
      {banner}
      {connection.live || connection.staleSince === null ? null : (
        <StaleBanner since={connection.staleSince} isExercise={incident.isExercise} />
      )}
      <BoardHeader
        incident={incident}
        state={state}
        openCount={view.openCount}
        live={connection.live}
        timings={Object.fromEntries(view.verdicts.audiences[0]?.phases.map((p) => [p.phase, p.timing]) ?? [])}
      />
      {toolbar}
      <div className="board-strip-row">
        {/* on the wall: two items and a count, each cut to its gist, so the strip stays one line */}
        <LiveWaitingStrip state={state} max={handlers ? 6 : 2} textLimit={handlers ? undefined : 40} />
        {/* on the wall the two keys share the waiting strip's line: one line more for the matrix */}
        {handlers ? null : <KeyBar operator={false} />}
      </div>
      <div className="board-matrix-wrap">
        <StableMatrix verdicts={view.verdicts} contacts={state.contacts} handlers={handlers} />
      </div>
      {footer}
      {handlers ? <KeyBar operator /> : null}
    </div>
  );
}
