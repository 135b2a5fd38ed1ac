import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { UnreadableIncident } from '../../../shared/api/workspace-api';
import { AppError, isAppError } from '../../../shared/errors/app-error';
import type { Incident } from '../../../shared/incident/schema';
import { idSchema } from '../../../shared/model/vocabulary';
import { anchorPathOf } from '../log/anchor';
import { type DocumentProblem, type DocumentStore, findNewestGoodBackup } from '../storage/document-store';
import { fsyncDirectory } from '../storage/durable-write';
import { storageError } from '../storage/fs-errors';
import { closeIncidentJournal } from '../workspace/journals';
import { INCIDENTS_DIR, type WorkspaceSession } from '../workspace/workspace-session';
import { incidentDocument, incidentPath, journalPath } from './incident-document';

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

const ID = '[a-z0-9][a-z0-9-]{2,63}';
const INCIDENT_FILE = new RegExp(`^(${ID})\\.json$`);
const SET_ASIDE_FILE = new RegExp(`^(${ID})\\.json\\.corrupt-`);
const JOURNAL_FILE = new RegExp(`^(${ID})\\.log\\.jsonl$`);

/** What is on disk for one incident id, from the names in incidents/ (nothing is opened). */
interface IncidentFiles {
  file: boolean;
  setAside: string[];
  log: boolean;
}

async function incidentFiles(session: WorkspaceSession): Promise<Map<string, IncidentFiles>> {
  const names = await fs.readdir(session.resolve(INCIDENTS_DIR)).catch(() => [] as string[]);
  const byId = new Map<string, IncidentFiles>();
  const entry = (id: string) => {
    const known = byId.get(id);
    if (known) return known;
    const files: IncidentFiles = { file: false, setAside: [], log: false };
    byId.set(id, files);
    return files;
  };
  for (const name of names.sort()) {
    const file = INCIDENT_FILE.exec(name);
    if (file?.[1]) entry(file[1]).file = true;
    const aside = SET_ASIDE_FILE.exec(name);
    if (aside?.[1]) entry(aside[1]).setAside.push(name);
    const log = JOURNAL_FILE.exec(name);
    if (log?.[1]) entry(log[1]).log = true;
  }
  return byId;
}

/**
 * The store of an existing incident; refuses an id without a file (a typo must not create one)
 * and an incident whose file cannot be read (saying why, and that its log can still be read).
 */
export async function incidentStore(session: WorkspaceSession, id: string): Promise<DocumentStore<Incident>> {
  assertId(id);
  // every log append comes through here: once the incident is open, skip asking the disk again
  if (!session.isOpen(incidentPath(id))) {
    const exists = await fs.stat(session.resolve(incidentPath(id))).then(
      () => true,
      () => false,
    );
    if (!exists) {
      const files = (await incidentFiles(session)).get(id);
      if (files && (files.setAside.length > 0 || files.log))
        throw unreadableError(id, await whyUnreadable(session, id, files));
      throw missingError(id);
    }
  }
  let store: DocumentStore<Incident>;
  try {
    store = await session.document(incidentDocument, incidentPath(id));
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw unreadableError(id, { nl: error.nl, en: error.en });
  }
  if (!store.available || store.problem) {
    const files = (await incidentFiles(session)).get(id) ?? { file: false, setAside: [], log: false };
    throw unreadableError(id, await whyUnreadable(session, id, files, store));
  }
  return store;
}

export async function loadIncident(session: WorkspaceSession, id: string): Promise<Incident> {
  return (await incidentStore(session, id)).data;
}

/**
 * Refuses an id the workspace knows nothing of, but accepts an incident whose file is damaged
 * while its log is there: the log of an unreadable incident stays readable.
 */
export async function assertIncidentKnown(session: WorkspaceSession, id: string): Promise<void> {
  assertId(id);
  if (session.isOpen(incidentPath(id))) return;
  const files = (await incidentFiles(session)).get(id);
  if (!files) throw missingError(id);
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

/**
 * Takes back an incident that was only just created, when creating it could not be completed
 * (e.g. the disk filled up before its first log entries were written): closes its journal, removes
 * its file, its log and its backups, and forgets it in this session, so a retry makes one incident,
 * not two. Only for an incident this session created a moment ago and nobody has worked in.
 */
export async function discardNewIncident(session: WorkspaceSession, id: string): Promise<void> {
  assertId(id);
  await session.gate.assertWritable();
  await closeIncidentJournal(session, id);
  session.forget(incidentPath(id));
  const remove = [
    session.resolve(incidentPath(id)),
    session.resolve(journalPath(id)),
    // the anchor goes with its journal, or a retry with the same id would read as a cut log
    anchorPathOf(session.resolve(journalPath(id))),
    session.backupDirFor(incidentPath(id)),
  ];
  try {
    for (const target of remove) await fs.rm(target, { recursive: true, force: true });
    await fsyncDirectory(session.resolve(INCIDENTS_DIR));
  } catch (error) {
    throw storageError(
      error,
      {
        nl: `Het half aangemaakte incident ${id} opruimen`,
        en: `Cleaning up the half-created incident ${id}`,
      },
      {
        nl: 'Het staat mogelijk nog in de lijst; sluit het daar of probeer het opnieuw.',
        en: 'It may still be in the list; close it there or try again.',
      },
    );
  }
}

/** Every incident in the workspace, newest first. One that cannot be read is left out (see scanIncidents). */
export async function listIncidents(session: WorkspaceSession): Promise<Incident[]> {
  return (await scanIncidents(session)).incidents;
}

/**
 * Every incident in the workspace, newest first, and beside them the ones that cannot be read:
 * a damaged or newer-format file, one set aside as damaged, or a log without its incident file.
 * Those are listed with the reason and the newest good backup, never silently dropped.
 */
export async function scanIncidents(
  session: WorkspaceSession,
): Promise<{ incidents: Incident[]; unreadable: UnreadableIncident[] }> {
  const incidents: Incident[] = [];
  const unreadable: UnreadableIncident[] = [];
  for (const [id, files] of await incidentFiles(session)) {
    let store: DocumentStore<Incident> | DocumentStore<unknown> | null;
    let refusal: { nl: string; en: string } | null = null;
    try {
      store = files.file
        ? await session.document(incidentDocument, incidentPath(id))
        : await session.openStore(incidentPath(id));
    } catch (error) {
      if (!isAppError(error)) throw error;
      store = null;
      refusal = { nl: error.nl, en: error.en }; // a newer format, a folder, no permission
    }
    if (store?.available && !store.problem) {
      incidents.push(store.data as Incident);
      continue;
    }
    unreadable.push({
      id,
      document: incidentPath(id),
      reason: refusal ?? (await whyUnreadable(session, id, files, store)),
      newestGoodBackup: await newestBackupName(session, id),
      hasLog: files.log,
    });
  }
  incidents.sort((a, b) => b.detectedAt.localeCompare(a.detectedAt));
  return { incidents, unreadable };
}

async function newestBackupName(session: WorkspaceSession, id: string): Promise<string | null> {
  const file = await findNewestGoodBackup(incidentDocument, session.backupDirFor(incidentPath(id)));
  return file ? path.basename(file) : null;
}

/** Why an incident cannot be read, in the words of its own problem report where there is one. */
async function whyUnreadable(
  session: WorkspaceSession,
  id: string,
  files: IncidentFiles,
  store?: { problem: DocumentProblem | null } | null,
): Promise<{ nl: string; en: string }> {
  const known = store ?? (await session.openStore(incidentPath(id)));
  if (known?.problem) return known.problem.message;
  const aside = files.setAside.at(-1);
  if (aside) {
    return {
      nl: `Het incidentbestand was beschadigd en is eerder apart gezet als ${aside}.${files.log ? ' Het logboek is er nog en kan worden gelezen.' : ''}`,
      en: `The incident file was damaged and was set aside earlier as ${aside}.${files.log ? ' Its log is still there and can be read.' : ''}`,
    };
  }
  return {
    nl: `Het incidentbestand ${id}.json ontbreekt; alleen het logboek is er nog en kan worden gelezen.`,
    en: `The incident file ${id}.json is missing; only its log is left, and it can be read.`,
  };
}

function missingError(id: string): AppError {
  return new AppError('incident.missing', {
    nl: `Incident ${id} bestaat niet.`,
    en: `Incident ${id} does not exist.`,
  });
}

function unreadableError(id: string, why: { nl: string; en: string }): AppError {
  return new AppError(
    'incident.unreadable',
    {
      nl: `Incident ${id} kan niet worden gelezen. ${why.nl}`,
      en: `Incident ${id} cannot be read. ${why.en}`,
    },
    { id },
  );
}
