import { describe, expect, it } from 'vitest';
import { escalationConditions } from '../../../shared/escalation/conditions';
import { describeDecision } from '../../../shared/log/describe';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { logEntrySchema } from '../../../shared/log/entry-schema';

const met = (seq: number, conditionId: string, text: string, author: string): LogEntry =>
  logEntrySchema.parse({
    seq,
    incidentId: 'inc-1',
    recordedAt: `2026-11-19T09:0${seq}:00.000Z`,
    occurredAt: `2026-11-19T09:0${seq}:00.000Z`,
    author,
    phase: 'problemUnclear',
    prevHash: '0'.repeat(64),
    kind: 'decision',
    subject: { type: 'escalationMet', conditionId, text },
  }) as LogEntry;

describe('escalation conditions', () => {
  const conditions = [
    { id: 'esc-a', text: 'Datalek met klantgegevens', ownerId: 'p-1', agreedOn: '2026-03-20' },
    { id: 'esc-b', text: 'Betaalrun in gevaar', ownerId: null, agreedOn: null },
  ];
  const people = [{ id: 'p-1', name: 'Dennis Hendriks' }];

  it('met by the first decision that says so, with who and when; the text as it read then', () => {
    const entries = [met(1, 'esc-a', 'Datalek (oude tekst)', 'Anouk'), met(2, 'esc-a', 'x', 'Later')];
    const [a, b] = escalationConditions(conditions, people, entries);
    expect(a).toMatchObject({
      owner: 'Dennis Hendriks',
      text: 'Datalek (oude tekst)',
      met: { by: 'Anouk', seq: 1 },
    });
    expect(b?.met).toBeNull();
  });

  it('a condition met and since removed from the protocol still shows; the log writes it out', () => {
    const entry = met(3, 'esc-gone', 'Gerichte aanval vastgesteld', 'Ruud');
    const list = escalationConditions(conditions, people, [entry]);
    expect(list.at(-1)).toMatchObject({
      id: 'esc-gone',
      text: 'Gerichte aanval vastgesteld',
      met: { by: 'Ruud' },
    });
    if (entry.kind !== 'decision') throw new Error('decision expected');
    expect(describeDecision(entry, 'nl')).toBe('Escalatievoorwaarde voldaan: Gerichte aanval vastgesteld');
    expect(describeDecision(entry, 'en')).toBe('Escalation condition met: Gerichte aanval vastgesteld');
  });
});
