import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { AppError } from '../../../shared/errors/app-error';
import type { Incident } from '../../../shared/incident/schema';
import { idSchema } from '../../../shared/model/vocabulary';
import type { DocumentStore } from '../storage/document-store';
import { INCIDENTS_DIR, type WorkspaceSession } from '../workspace/workspace-session';
import { incidentDocument, incidentPath } from './incident-document';

/** A new incident id: date first so folders sort by time, then randomness against collisions. */
export function newIncidentId(now: Date): string {
  return `${now.toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
}

function assertId(id: string): void {
  if (!idSchema.safeParse(id).success) {
    throw new AppError('incident.badId', {
      nl: `Ongeldig incidentnummer: ${id}`,
      en: `Invalid incident id: ${id}`,
    });
  }
}

/** The store of an existing incident; refuses an id without a file (a typo must not create one). */
export async function incidentStore(session: WorkspaceSession, id: string): Promise<DocumentStore<Incident>> {
  assertId(id);
  // every log append comes through here: once the incident is open, skip asking the disk again
  const exists =
    session.isOpen(incidentPath(id)) ||
    (await fs.stat(session.resolve(incidentPath(id))).then(
      () => true,
      () => false,
    ));
  if (!exists) {
    throw new AppError('incident.missing', {
      nl: `Incident ${id} bestaat niet.`,
      en: `Incident ${id} does not exist.`,
    });
  }
  return session.document(incidentDocument, incidentPath(id));
}

export async function loadIncident(session: WorkspaceSession, id: string): Promise<Incident> {
  return (await incidentStore(session, id)).data;
}

/** Writes a brand-new incident file (the caller logs its creation). */
export async function createIncidentFile(session: WorkspaceSession, incident: Incident): Promise<Incident> {
  session.assertWritable();
  // incidentDocument.create() refuses on purpose (a missing file is an error everywhere else);
  // here the file is meant to be new, so the first open may start from this incident.
  const spec = { ...incidentDocument, create: () => structuredClone(incident) };
  const store = await session.document(spec, incidentPath(incident.id));
  return store.replace(incident);
}

/** Every incident in the workspace, newest first. A file that cannot be read is skipped and reported. */
export async function listIncidents(session: WorkspaceSession): Promise<Incident[]> {
  const names = await fs.readdir(session.resolve(INCIDENTS_DIR)).catch(() => [] as string[]);
  const ids = names
    .filter((n) => /^[a-z0-9][a-z0-9-]{2,63}\.json$/.test(n))
    .map((n) => n.slice(0, -'.json'.length));
  const incidents: Incident[] = [];
  for (const id of ids) {
    try {
      const store = await incidentStore(session, id);
      if (!store.problem) incidents.push(store.data);
    } catch {
      // a newer-format or unreadable incident is reported through session.problems / the open error
    }
  }
  return incidents.sort((a, b) => b.detectedAt.localeCompare(a.detectedAt));
}
