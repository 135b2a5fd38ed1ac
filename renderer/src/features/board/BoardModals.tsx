import type { BoardState } from '../../../../shared/board/board-state';
import type { BoardView } from '../../../../shared/board/derive';
import type { Incident } from '../../../../shared/incident/schema';
import type { OpenAction } from '../../../../shared/matrix/engine';
import type { Audience, Phase } from '../../../../shared/model/vocabulary';
import { AuthorDialog } from './AuthorDialog';
import { EditIncidentDialog } from './EditIncidentDialog';
import { LogActionDialog } from './LogActionDialog';
import { MediaGuidance } from './MediaGuidance';
import { NotApplicableDialog } from './NotApplicableDialog';
import { PhaseDialog } from './PhaseDialog';
import { RegulatorDialog } from './RegulatorDialog';

export type Modal =
  | { kind: 'log'; initial: { audience: Audience; action: number | null } }
  | { kind: 'na'; initial: { audience: Audience; action: number } }
  | { kind: 'phase'; from: Phase; to: Phase }
  | { kind: 'regulator' }
  | { kind: 'edit' }
  | { kind: 'media' }
  | { kind: 'author'; next: Modal };

interface BoardModalsProps {
  modal: Modal | null;
  state: BoardState;
  incident: Incident;
  view: BoardView;
  open: readonly OpenAction[];
  author: string;
  onModal(next: Modal | null): void;
  onSaved(seq: number): void;
}

/** The one dialog that is open on the operator's board, if any. */
export function BoardModals({
  modal,
  state,
  incident,
  view,
  open,
  author,
  onModal,
  onSaved,
}: BoardModalsProps) {
  if (!modal) return null;
  const close = () => onModal(null);
  switch (modal.kind) {
    case 'author':
      return <AuthorDialog onDone={() => onModal(modal.next)} onClose={close} />;
    case 'media':
      return <MediaGuidance onClose={close} />;
    case 'phase':
      return (
        <PhaseDialog
          incidentId={incident.id}
          author={author}
          from={modal.from}
          to={modal.to}
          onClose={close}
        />
      );
    case 'edit':
      return <EditIncidentDialog incident={incident} author={author} onClose={close} />;
    case 'regulator':
      return (
        <RegulatorDialog
          incidentId={incident.id}
          author={author}
          clocks={view.clocks}
          onDone={onSaved}
          onClose={close}
        />
      );
    case 'log':
      return (
        <LogActionDialog
          state={state}
          incidentId={incident.id}
          author={author}
          open={open}
          initial={modal.initial}
          onDone={onSaved}
          onClose={close}
        />
      );
    case 'na':
      return (
        <NotApplicableDialog
          incidentId={incident.id}
          author={author}
          phase={incident.phase}
          open={open}
          initial={modal.initial}
          onDone={onSaved}
          onClose={close}
        />
      );
  }
}
