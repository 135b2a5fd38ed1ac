import type { TestApp } from '../fixtures';
import { loadSampleProtocol } from './sample-protocol';

export const AUTHOR = 'Anouk Meijer';

/**
 * The sample protocol and a data-breach exercise in phase 4, with a history behind it (done,
 * missed and not-applicable marks in the past phases): what the issue measured the board with.
 */
export async function breachExercise(app: TestApp): Promise<string> {
  await loadSampleProtocol(app);
  const { id } = await app.api<{ id: string }>('incident.create', {
    title: 'Aanval op het klantportaal',
    detectedAt: new Date(Date.now() - 5.5 * 3_600_000).toISOString(),
    natures: ['targetedThreat', 'unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'likely',
      customers: 'no',
      public: 'no',
    },
    phase: 'problemUnclear',
    isExercise: true,
    author: AUTHOR,
  });
  const log = (audience: string, action: number, summary: string) =>
    app.api('board.logAction', {
      incidentId: id,
      author: AUTHOR,
      audience,
      action,
      recipients: [{ name: 'Crisisteam' }],
      channel: 'Telefoon',
      sentBy: AUTHOR,
      summary,
    });
  await log('internal', 1, 'Crisisteam bijeen, onderzoek loopt');
  await app.api('incident.update', { id, author: AUTHOR, phase: 'problemClear' });
  await log('internal', 2, 'Oorzaak: DDoS op het portaal');
  await app.api('board.markNotApplicable', {
    incidentId: id,
    author: AUTHOR,
    audience: 'chainPartners',
    action: 2,
    phase: 'problemClear',
    reason: 'VGU zit in het crisisteam',
  });
  await app.api('incident.update', {
    id,
    author: AUTHOR,
    phase: 'solutionClear',
    natures: ['targetedThreat', 'unavailability', 'dataBreach'],
    visibility: { customers: 'likely' },
  });
  await log('internal', 2, 'Update aan het crisisteam');
  return id;
}
