import type { ReactNode } from 'react';
import type { BoardState } from '../../../../shared/board/board-state';
import type { BoardView } from '../../../../shared/board/derive';
import type { Incident } from '../../../../shared/incident/schema';
import { BoardHeader } from './BoardHeader';
import type { ActionHandlers } from './CurrentCell';
import { KeyBar } from './KeyBar';
import { MatrixGrid } from './MatrixGrid';
import { WaitingStrip } from './WaitingStrip';
import './board-verdicts.css';

interface BoardScreenProps {
  state: BoardState;
  incident: Incident;
  view: BoardView;
  now: Date;
  /** the operator's buttons; null on the projector */
  handlers: ActionHandlers | null;
  toolbar?: ReactNode;
  footer?: ReactNode;
}

/** The board itself, the same on the projector and the operator's screen; only the controls differ. */
export function BoardScreen({ state, incident, view, now, handlers, toolbar, footer }: BoardScreenProps) {
  return (
    <div className={`board${incident.isExercise ? ' board--exercise' : ''}`} data-phase={incident.phase}>
      <BoardHeader
        incident={incident}
        organisation={state.organisation}
        clocks={view.clocks}
        openCount={view.openCount}
        matrixIsCip={state.matrixIsCip}
        now={now}
      />
      {toolbar}
      <WaitingStrip items={view.waiting} now={now} max={handlers ? 6 : 4} />
      <div className="board-matrix-wrap">
        <MatrixGrid verdicts={view.verdicts} contacts={state.contacts} handlers={handlers} />
      </div>
      {footer}
      <KeyBar operator={handlers !== null} />
    </div>
  );
}
