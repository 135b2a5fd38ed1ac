import type { LogEntry } from '../../../../shared/log/entry-schema';
import { PHASES } from '../../../../shared/model/vocabulary';
import { NOTIFICATION_TYPES, REGULATORS, TONES } from './kind-bodies';

/**
 * How a field is edited in the correction form. `time` is when it happened (never in the future);
 * `due` is a moment something is due (an answer, an update), which may well be. A choice's options
 * are named by value-text's codedLabel, the same labels the rows show.
 */
export type FieldSpec =
  | { name: string; type: 'text' | 'long' | 'bool' | 'time' | 'due' }
  | { name: string; type: 'choice'; options: readonly string[] };

const long = (name: string): FieldSpec => ({ name, type: 'long' });
const text = (name: string): FieldSpec => ({ name, type: 'text' });
const bool = (name: string): FieldSpec => ({ name, type: 'bool' });
const due = (name: string): FieldSpec => ({ name, type: 'due' });

/**
 * What a person may correct, per kind; the time it happened is offered for every kind. Fields
 * that pick from the protocol (audience, action, recipients) are left out: getting those wrong is
 * better fixed by logging the message again than by a correction nobody can read back.
 */
const FIELDS: Partial<Record<LogEntry['kind'], readonly FieldSpec[]>> = {
  messageSent: [
    long('summary'),
    long('fullText'),
    text('channel'),
    text('sentBy'),
    { name: 'forPhase', type: 'choice', options: PHASES },
    due('nextUpdateAt'),
  ],
  messageReceived: [
    long('summary'),
    long('fullText'),
    text('from'),
    text('channel'),
    bool('awaitsAnswer'),
    due('answerBy'),
  ],
  decision: [long('summary'), long('reason')],
  observation: [
    long('summary'),
    text('medium'),
    { name: 'tone', type: 'choice', options: TONES },
    bool('evaluatorNote'),
  ],
  regulatorNotification: [
    long('summary'),
    { name: 'regulator', type: 'choice', options: REGULATORS },
    text('regulatorName'),
    { name: 'notificationType', type: 'choice', options: NOTIFICATION_TYPES },
    text('reference'),
  ],
  note: [long('summary')],
};

export function correctableFields(kind: LogEntry['kind']): FieldSpec[] {
  return [...(FIELDS[kind] ?? []), { name: 'occurredAt', type: 'time' }];
}

/**
 * The fields of this entry. A decision the app recorded for a button (a subject) is shown from
 * that subject, never from its empty summary: only its reason and time can be put right.
 */
export function correctableFieldsOf(entry: LogEntry): FieldSpec[] {
  const fields = correctableFields(entry.kind);
  return entry.kind === 'decision' && entry.subject ? fields.filter((f) => f.name !== 'summary') : fields;
}
