import path from 'node:path';
import type { TestApp } from '../fixtures';

/**
 * An ordinary outage, not an exercise, created through the API as the app creates one: the
 * starting point of the tests that then damage its files (a cut log, a broken incident file) or
 * wait for its clocks. Visible for sure inside, likely for customers, in phase problemUnclear.
 */
export async function createOutageIncident(
  app: TestApp,
  seed: { title: string; author: string; detectedAt?: string },
): Promise<{ id: string; createdAt: string }> {
  return app.api<{ id: string; createdAt: string }>('incident.create', {
    title: seed.title,
    detectedAt: seed.detectedAt ?? new Date(Date.now() - 3_600_000).toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'no',
      customers: 'likely',
      public: 'no',
    },
    phase: 'problemUnclear',
    isExercise: false,
    author: seed.author,
  });
}

/** The incident's files in the test's workspace, for the tests that damage them on purpose. */
export const incidentFiles = (app: TestApp, id: string) => ({
  incident: path.join(app.workspaceDir, 'incidents', `${id}.json`),
  log: path.join(app.workspaceDir, 'incidents', `${id}.log.jsonl`),
});
