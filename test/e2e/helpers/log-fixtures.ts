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
import { recordLogEntry } from '../../../electron/services/log/record-log-entry';
import type { Incident } from '../../../shared/incident/schema';
import type { LogEntryBody } from '../../../shared/log/entry-schema';
import { formatAmsterdam } from '../../../shared/log/time';

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

/** The Amsterdam date `days` from today as the forms take it (dd-mm-jjjj). */
export function amsterdamDate(days: number): string {
  const today = formatAmsterdam(new Date().toISOString(), 'yyyy-MM-dd');
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  return `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
}

interface ApiCaller {
  api<T = unknown>(method: string, input: unknown): Promise<T>;
}

/**
 * An exercise with a history, made through the API as the incidents page and the board make it:
 * created in "probleem onduidelijk" (1), then one update that adds the data breach, makes the
 * public likely to notice and moves to "probleem duidelijk" (2), a not-applicable decision from the
 * board (3) and an early warning to a sector supervisor without a name (4). Every one of them holds
 * codes the log page must show as labels.
 */
export async function createHistoryIncident(app: ApiCaller): Promise<{ id: string }> {
  const author = 'Chantal Bakker';
  const incident = await app.api<{ id: string }>('incident.create', {
    title: 'Oefening datalek klantportaal',
    detectedAt: new Date(Date.now() - 2 * 60 * 60_000).toISOString(),
    natures: ['unavailability'],
    visibility: {
      internal: 'certain',
      outsourcingPartners: 'likely',
      chainPartners: 'likely',
      customers: 'certain',
      public: 'no',
    },
    phase: 'problemUnclear',
    isExercise: true,
    author,
  });
  await app.api('incident.update', {
    id: incident.id,
    author,
    natures: ['unavailability', 'dataBreach'],
    visibility: { public: 'likely' },
    phase: 'problemClear',
  });
  await app.api('board.markNotApplicable', {
    incidentId: incident.id,
    author,
    audience: 'public',
    action: 3,
    phase: 'problemClear',
    reason: 'Nog geen publieke aandacht',
  });
  await app.api('log.append', {
    incidentId: incident.id,
    author,
    body: {
      kind: 'regulatorNotification',
      regulator: 'supervisor',
      notificationType: 'earlyWarning',
      summary: 'Vroegtijdige waarschuwing over de verstoring',
    },
  });
  return incident;
}
