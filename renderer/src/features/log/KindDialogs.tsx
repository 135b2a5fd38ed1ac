import type { UserLogBody } from '../../../../shared/api/log-api';
import { AnsweredForm } from './AnsweredForm';
import { ObservationForm } from './ObservationForm';
import type { OpenDialog } from './open-dialog';
import { ReceivedForm } from './ReceivedForm';
import { RegulatorForm } from './RegulatorForm';

interface Props {
  open: OpenDialog;
  incidentId: string | null;
  isExercise: boolean;
  channels: string[];
  /** resolves true once the entry is on disk */
  append(body: UserLogBody, occurredAt: string | undefined): Promise<boolean>;
  onClose(): void;
}

/** The forms for received messages, observations, regulator notifications and answered questions. */
export function KindDialogs({ open, incidentId, isExercise, channels, append, onClose }: Props) {
  switch (open?.dialog) {
    case 'received':
      return <ReceivedForm channels={channels} onSave={append} onClose={onClose} />;
    case 'observation':
      return (
        <ObservationForm
          isExercise={isExercise}
          evaluatorNote={open.evaluatorNote}
          onSave={append}
          onClose={onClose}
        />
      );
    case 'regulator':
      return <RegulatorForm incidentId={incidentId} onSave={append} onClose={onClose} />;
    case 'answered':
      return (
        <AnsweredForm
          seq={open.row.entry.seq}
          onSave={(seq, reason) =>
            append({ kind: 'correction', corrects: seq, changes: { awaitsAnswer: false }, reason }, undefined)
          }
          onClose={onClose}
        />
      );
    default:
      return null;
  }
}
