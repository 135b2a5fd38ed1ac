import type { BoardState } from '../../../../shared/board/board-state';
import type { BoardView } from '../../../../shared/board/derive';
import type { Incident } from '../../../../shared/incident/schema';
import type { Audience, Phase } from '../../../../shared/model/vocabulary';
import type { MediaRoundCandidate } from '../../../../shared/verdicts/media-rounds';
import type { Verdict } from '../../../../shared/verdicts/types';
import { AuthorDialog } from '../../components/AuthorDialog';
import { EscalationDialog } from '../escalation/EscalationDialog';
import { MediaRoundDialog } from '../media/MediaRoundDialog';
import { EditIncidentDialog } from './EditIncidentDialog';
import { KnowledgeDialog } from './KnowledgeDialog';
import { LogActionDialog } from './LogActionDialog';
import { MediaGuidance } from './MediaGuidance';
import { NotApplicableDialog } from './NotApplicableDialog';
import { PhaseDialog } from './PhaseDialog';
import { RegulatorDialog } from './RegulatorDialog';
import { useLiveBoardView } from './use-board-view';

export type Modal =
  /** `back`: the dialog to return to after saving (the phase change that asked to log first) */
  | { kind: 'log'; initial: { audience: Audience; action: number | null; phase?: Phase }; back?: Modal }
  | { kind: 'na'; initial: { audience: Audience; action: number } }
  | { kind: 'phase'; from: Phase; to: Phase }
  | { kind: 'regulator' }
  | { kind: 'edit' }
  | { kind: 'media' }
  | { kind: 'mediaRound' }
  | { kind: 'escalation' }
  | { kind: 'knowledge' }
  /** asks the name at the keyboard first; then opens `next`, or runs `after` (a one-click decision) */
  | { kind: 'author'; next: Modal | null; after?: () => void };

interface BoardModalsProps {
  modal: Modal | null;
  state: BoardState;
  incident: Incident;
  view: BoardView;
  open: readonly Verdict[];
  author: string;
  writable: boolean;
  onModal(next: Modal | null): void;
  onSaved(seq: number): void;
}

function findVerdict(
  view: BoardView,
  audience: Audience,
  action: number | null,
  phase: Phase,
): Verdict | undefined {
  if (action === null) return undefined;
  return view.verdicts.audiences
    .find((a) => a.audience === audience)
    ?.phases.find((p) => p.phase === phase)
    ?.verdicts.find((v) => v.action === action);
}

/** The one dialog that is open on the operator's board, if any. */
export function BoardModals({
  modal,
  state,
  incident,
  view,
  open,
  author,
  writable,
  onModal,
  onSaved,
}: BoardModalsProps) {
  if (!modal) return null;
  const close = () => onModal(null);
  switch (modal.kind) {
    case 'author':
      return (
        <AuthorDialog
          onDone={() => {
            onModal(modal.next);
            modal.after?.();
          }}
          onClose={close}
        />
      );
    case 'media':
      return <MediaGuidance onClose={close} />;
    case 'escalation':
      return (
        <EscalationDialog
          incidentId={incident.id}
          author={author}
          writable={writable}
          onReview={() => onModal({ kind: 'edit' })}
          onClose={close}
        />
      );
    case 'mediaRound':
      return (
        <MediaRoundDialog
          incident={incident}
          author={author}
          rounds={state.waiting.filter((w): w is MediaRoundCandidate => w.kind === 'mediaRound')}
          onDone={onSaved}
          onClose={close}
        />
      );
    case 'knowledge':
      return <KnowledgeDialog incidentId={incident.id} author={author} writable={writable} onClose={close} />;
    case 'phase':
      return (
        <PhaseDialog
          incidentId={incident.id}
          author={author}
          from={modal.from}
          to={modal.to}
          open={open}
          onLogNow={(v) =>
            onModal({ kind: 'log', initial: { audience: v.audience, action: v.action }, back: modal })
          }
          onClose={close}
        />
      );
    case 'edit':
      return <EditIncidentDialog incident={incident} author={author} onClose={close} />;
    case 'regulator':
      return (
        <LiveRegulatorDialog
          state={state}
          incidentId={incident.id}
          author={author}
          detectedAt={incident.detectedAt}
          notifications={state.clockEntries}
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
          currentPhase={incident.phase}
          initial={modal.initial}
          verdict={findVerdict(
            view,
            modal.initial.audience,
            modal.initial.action,
            modal.initial.phase ?? incident.phase,
          )}
          onDone={(seq) => {
            onSaved(seq);
            if (modal.back) onModal(modal.back);
          }}
          onClose={() => onModal(modal.back ?? null)}
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

/** The regulator dialog shows the legal clocks as they run, so it ticks on its own. */
function LiveRegulatorDialog({
  state,
  ...props
}: { state: BoardState } & Omit<Parameters<typeof RegulatorDialog>[0], 'clocks' | 'nis2'>) {
  const view = useLiveBoardView(state);
  if (!view) return null;
  return <RegulatorDialog {...props} clocks={view.clocks} nis2={view.nis2} />;
}
