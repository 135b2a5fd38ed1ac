import type { TestApp } from '../fixtures';
import { AUTHOR } from './breach-exercise';
import { loadSampleProtocol } from './sample-protocol';

/**
 * The busiest current row the CIP matrix can give (resources/matrix/cip-2020.json, all phases ×
 * all sets of natures): phase 5, "Oplossing geïmplementeerd", asks three actions (7, 8, 9) of four
 * audiences and two of the public, whatever the natures; no phase asks more of any audience. Here
 * with every nature, every audience certainly seeing it (all their contacts shown), four past
 * phases above it and a question and a promised update in the waiting strip.
 */
export async function worstPhaseIncident(app: TestApp): Promise<string> {
  await loadSampleProtocol(app);
  const { id } = await app.api<{ id: string }>('incident.create', {
    title: 'Storing en datalek bij het klantportaal na een gerichte aanval',
    detectedAt: new Date(Date.now() - 9 * 3_600_000).toISOString(),
    natures: [
      'negativePublicity',
      'generalThreat',
      'targetedThreat',
      'unavailability',
      'dataBreach',
      'dataManipulation',
    ],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'certain',
      chainPartners: 'certain',
      customers: 'certain',
      public: 'certain',
    },
    phase: 'problemUnclear',
    isExercise: true,
    author: AUTHOR,
  });
  for (const phase of ['problemClear', 'solutionClear', 'solutionImplemented'] as const)
    await app.api('incident.update', { id, author: AUTHOR, phase });
  await app.api('log.append', {
    incidentId: id,
    author: AUTHOR,
    body: {
      kind: 'messageReceived',
      from: 'Redactie Omroep Midden',
      channel: 'Telefoon',
      summary: 'Vraagt wanneer klanten weer kunnen inloggen en of gegevens zijn ingezien',
      awaitsAnswer: true,
      answerBy: new Date(Date.now() + 30 * 60_000).toISOString(),
    },
  });
  await app.api('board.logAction', {
    incidentId: id,
    author: AUTHOR,
    audience: 'customers',
    action: 7,
    recipients: [{ name: 'Website' }],
    channel: 'Website',
    sentBy: AUTHOR,
    summary: 'Maatregelen op de storingspagina',
    nextUpdateAt: new Date(Date.now() + 45 * 60_000).toISOString(),
  });
  return id;
}
