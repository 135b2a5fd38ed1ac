import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentJournal } from '../../../electron/services/workspace/journals';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

/**
 * Two (or five) people press "voldaan" for the same condition in the same moment, through the real
 * dispatcher on a real workspace: the check for "already met" runs inside the journal's serial
 * queue, so exactly one decision reaches the log and the others get the Dutch refusal.
 */
let app: TestBackend;
beforeEach(async () => {
  app = await startTestBackend('ketenbord-escalation-');
  await app.call('protocol.loadSample', { confirm: true });
});
afterEach(async () => {
  await app.close();
});

describe('escalation: marking a condition met at the same time', () => {
  it('records the condition once, whoever comes second is told who was first', async () => {
    const incident = await app.call('incident.create', {
      title: 'Storing klantportaal',
      detectedAt: new Date().toISOString(),
      natures: ['unavailability'],
      visibility: {
        internal: 'certain',
        outsourcingPartners: 'no',
        chainPartners: 'likely',
        customers: 'certain',
        public: 'likely',
      },
      phase: 'problemUnclear',
      isExercise: false,
      author: 'Anouk de Vries',
    });
    const people = ['Anouk de Vries', 'Ruud Bakker', 'Yusuf Demir', 'Dennis Hendriks', 'Sanne Visser'];
    const answers = await Promise.all(
      people.map((author) =>
        app.raw('escalation.markMet', {
          incidentId: incident.id,
          author,
          conditionId: 'escalation-unavailability',
        }),
      ),
    );
    const accepted = answers.filter((a) => a.ok);
    const refused = answers.flatMap((a) => (a.ok ? [] : [a.error]));
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(people.length - 1);
    expect(new Set(refused.map((e) => e.code))).toEqual(new Set(['escalation.alreadyMet']));
    expect(refused[0]?.nl).toContain('al als voldaan vastgelegd door Anouk de Vries');

    // the journal holds one such decision, and the list says who marked it
    const journal = await incidentJournal(app.ctx.requireWorkspace(), incident.id);
    const decisions = journal
      .entries()
      .filter((e) => e.kind === 'decision' && e.subject?.type === 'escalationMet');
    expect(decisions).toHaveLength(1);
    const list = await app.call('escalation.list', { incidentId: incident.id });
    expect(list.conditions.find((c) => c.id === 'escalation-unavailability')?.met?.by).toBe('Anouk de Vries');
  });
});
