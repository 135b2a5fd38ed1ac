/**
 * Incidents for the log tests. The incidents feature (another developer's) will own how incidents
 * are created in the app; these helpers write one the same way underneath: the incident file, then
 * the 'created' change through recordLogEntry, so the journal starts as the app would start it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AppContext } from '../../../electron/services/app-context';
import { incidentPath } from '../../../electron/services/incident/incident-document';
import { newIncidentId } from '../../../electron/services/incident/incident-repository';
import { recordLogEntry } from '../../../electron/services/recording/record-log-entry';
import type { Incident } from '../../../shared/incident/schema';
import type { LogEntryBody } from '../../../shared/log/entry-schema';

export interface IncidentSeed {
  title?: string;
  isExercise?: boolean;
  phase?: Incident['phase'];
  detectedAt?: string;
}

/** Writes only the incident file; for a journal built in bulk (the bench) before anything opens it. */
export async function writeTestIncidentFile(ctx: AppContext, seed: IncidentSeed = {}): Promise<Incident> {
  const session = ctx.requireWorkspace();
  const now = new Date();
  const at = seed.detectedAt ?? now.toISOString();
  const incident: Incident = {
    schemaVersion: 1,
    id: newIncidentId(now),
    title: seed.title ?? 'Storing klantportaal',
    detectedAt: at,
    createdAt: now.toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'likely',
      chainPartners: 'likely',
      customers: 'certain',
      public: 'likely',
    },
    phase: seed.phase ?? 'problemUnclear',
    phaseChangedAt: at,
    isExercise: seed.isExercise ?? false,
    status: 'open',
    closedAt: null,
  };
  // Written directly: createIncidentFile currently throws for a new file (the store asks the
  // incident spec's create() for a default, which refuses by design). Reported to the incidents work.
  const file = session.resolve(incidentPath(incident.id));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(incident, null, 2), { mode: 0o600 });
  return incident;
}

export async function createTestIncident(ctx: AppContext, seed: IncidentSeed = {}): Promise<Incident> {
  const incident = await writeTestIncidentFile(ctx, seed);
  await recordLogEntry(
    ctx,
    incident.id,
    { kind: 'incidentChange', change: { field: 'created', title: incident.title } },
    { author: 'Ketenbord' },
  );
  return incident;
}

/** A handful of realistic entries, as a morning in the crisis room would produce them. */
export const REALISTIC_ENTRIES: Array<{ body: LogEntryBody; author: string }> = [
  {
    author: 'Anouk de Vries',
    body: {
      kind: 'messageReceived',
      from: 'Servicedesk',
      channel: 'telefoon',
      summary: 'Klanten melden dat inloggen op het klantportaal mislukt sinds 08:40.',
      awaitsAnswer: false,
    },
  },
  {
    author: 'Anouk de Vries',
    body: { kind: 'decision', summary: 'Crisisteam bijeen om 09:15 in zaal 2.01; Bram leidt.' },
  },
  {
    author: 'Bram Jansen',
    body: {
      kind: 'messageSent',
      audience: 'internal',
      action: 1,
      recipients: [{ name: 'Alle medewerkers' }],
      channel: 'e-mail',
      summary: 'Medewerkers geïnformeerd: portaal onbereikbaar, oorzaak wordt onderzocht.',
      sentBy: 'Bram Jansen',
    },
  },
  {
    author: 'Chantal Bakker',
    body: {
      kind: 'observation',
      summary: 'Eerste berichten op X over de storing, toon geïrriteerd.',
      medium: 'X',
      tone: 'negative',
      evaluatorNote: false,
    },
  },
  {
    author: 'Bram Jansen',
    body: {
      kind: 'messageSent',
      audience: 'outsourcingPartners',
      action: 2,
      recipients: [{ name: 'Storingsdienst', organisation: 'HostingPartner BV' }],
      channel: 'telefoon',
      summary: 'Hostingpartner gevraagd om analyse van de loadbalancer; terugbelafspraak 10:00.',
      sentBy: 'Bram Jansen',
    },
  },
  {
    author: 'Anouk de Vries',
    body: { kind: 'note', summary: 'Woordvoerder is bereikbaar via de piketlijn tot 18:00.' },
  },
];

export async function seedRealisticLog(ctx: AppContext, incidentId: string): Promise<void> {
  for (const { body, author } of REALISTIC_ENTRIES) await recordLogEntry(ctx, incidentId, body, { author });
}
