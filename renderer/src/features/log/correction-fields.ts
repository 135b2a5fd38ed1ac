import type { LogEntry } from '../../../../shared/log/entry-schema';
import { NOTIFICATION_TYPES, REGULATORS, TONES } from './kind-bodies';

/** How a field is edited in the correction form. */
export type FieldSpec =
  | { name: string; type: 'text' | 'long' | 'bool' | 'time' }
  /** `labels` is the i18n prefix under which each option has its name */
  | { name: string; type: 'choice'; options: readonly string[]; labels: string };

const long = (name: string): FieldSpec => ({ name, type: 'long' });
const text = (name: string): FieldSpec => ({ name, type: 'text' });
const bool = (name: string): FieldSpec => ({ name, type: 'bool' });

/**
 * What a person may correct, per kind; the time it happened is offered for every kind. Fields
 * that pick from the protocol (audience, action, recipients) are left out: getting those wrong is
 * better fixed by logging the message again than by a correction nobody can read back.
 */
const FIELDS: Partial<Record<LogEntry['kind'], readonly FieldSpec[]>> = {
  messageSent: [long('summary'), long('fullText'), text('channel'), text('sentBy')],
  messageReceived: [long('summary'), long('fullText'), text('from'), text('channel'), bool('awaitsAnswer')],
  decision: [long('summary'), long('reason')],
  observation: [
    long('summary'),
    text('medium'),
    { name: 'tone', type: 'choice', options: TONES, labels: 'observation.tones' },
    bool('evaluatorNote'),
  ],
  regulatorNotification: [
    long('summary'),
    { name: 'regulator', type: 'choice', options: REGULATORS, labels: 'regulator.regulators' },
    text('regulatorName'),
    { name: 'notificationType', type: 'choice', options: NOTIFICATION_TYPES, labels: 'regulator.types' },
    text('reference'),
  ],
  note: [long('summary')],
};

export function correctableFields(kind: LogEntry['kind']): FieldSpec[] {
  return [...(FIELDS[kind] ?? []), { name: 'occurredAt', type: 'time' }];
}
