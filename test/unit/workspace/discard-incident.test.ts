import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  createIncidentFile,
  discardNewIncident,
  listIncidents,
  newIncidentId,
  scanIncidents,
} from '../../../electron/services/incident/incident-repository';
import { incidentJournal } from '../../../electron/services/workspace/journals';
import { WorkspaceSession } from '../../../electron/services/workspace/workspace-session';
import { INCIDENT_SCHEMA_VERSION, type Incident } from '../../../shared/incident/schema';
import { makeTempDir } from '../../fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('ketenbord-discard-'));
});
afterEach(async () => cleanup());

function incident(now: Date): Incident {
  return {
    schemaVersion: INCIDENT_SCHEMA_VERSION,
    id: newIncidentId(now),
    title: 'Half aangemaakt',
    detectedAt: now.toISOString(),
    createdAt: now.toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'no',
      chainPartners: 'no',
      customers: 'no',
      public: 'no',
    },
    phase: 'problemUnclear',
    phaseChangedAt: now.toISOString(),
    isExercise: false,
    status: 'open',
    closedAt: null,
  };
}

it('discardNewIncident removes a just-created incident, its log and its backups, and the session forgets it', async () => {
  const session = await WorkspaceSession.open(dir, { create: false });
  try {
    const created = await createIncidentFile(session, incident(new Date()));
    await createIncidentFile(session, { ...created, title: 'tweede versie' }); // makes a backup
    const journal = await incidentJournal(session, created.id);
    await journal.append(
      { kind: 'note', summary: 'eerste regel' },
      { author: 'Anouk', phase: 'problemUnclear' },
    );
    expect(await listIncidents(session)).toHaveLength(1);

    await discardNewIncident(session, created.id);
    expect(await fs.readdir(path.join(dir, 'incidents'))).toEqual([]);
    expect(await fs.readdir(path.join(dir, 'backups'))).toEqual([]);
    expect(await scanIncidents(session)).toEqual({ incidents: [], unreadable: [] });
    expect(session.isOpen(`incidents/${created.id}.json`)).toBe(false);
    // the journal it had open is closed: a late append cannot recreate the file
    await expect(
      journal.append({ kind: 'note', summary: 'te laat' }, { author: 'Anouk', phase: 'problemUnclear' }),
    ).rejects.toMatchObject({ code: 'log.closed' });
    await expect(fs.access(path.join(dir, 'incidents', `${created.id}.log.jsonl`))).rejects.toThrow();

    // a retry makes exactly one incident
    const retry = await createIncidentFile(session, incident(new Date()));
    expect((await listIncidents(session)).map((i) => i.id)).toEqual([retry.id]);
  } finally {
    await session.close();
  }
});

it('discardNewIncident refuses in a workspace this process may not write', async () => {
  await fs.mkdir(path.join(dir, 'incidents'));
  const reader = await WorkspaceSession.openForReading(dir);
  await expect(discardNewIncident(reader, '2026-01-01-deadbeef')).rejects.toMatchObject({
    code: 'workspace.readOnly',
  });
});
