import type { z } from 'zod';
import type {
  createIncidentInputSchema,
  setStatusInputSchema,
  updateIncidentInputSchema,
} from '../../../shared/incident/commands';
import { INCIDENT_SCHEMA_VERSION, type Incident } from '../../../shared/incident/schema';
import type { IncidentChangeItem } from '../../../shared/log/entry-schema';
import { liesInFuture } from '../../../shared/model/future-time';
import { AUDIENCES, NATURES, type Nature } from '../../../shared/model/vocabulary';
import type { AppContext } from '../app-context';
import { recordLogEntry } from '../log/record-log-entry';
import { activeIncidentId, setActiveIncidentId } from './board-document';
import { detectedInFutureError, incidentClosedError } from './incident-errors';
import { createIncidentFile, discardNewIncident, incidentStore, newIncidentId } from './incident-repository';

type Change = IncidentChangeItem;

/** Natures in the handreiking's order, so the log and the board read the same way every time. */
const ordered = (natures: readonly Nature[]): Nature[] => NATURES.filter((n) => natures.includes(n));

/** Every change made at once goes into one entry: the log never shows half an update. */
async function logChanges(
  ctx: AppContext,
  id: string,
  changes: Change[],
  author: string,
  occurredAt?: string,
) {
  await recordLogEntry(
    ctx,
    id,
    { kind: 'incidentChange', changes },
    { author, ...(occurredAt ? { occurredAt } : {}) },
  );
}

export async function createIncident(
  ctx: AppContext,
  input: z.output<typeof createIncidentInputSchema>,
  now = new Date(),
): Promise<Incident> {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  if (liesInFuture(input.detectedAt, now)) throw detectedInFutureError();
  const stamp = now.toISOString();
  const id = newIncidentId(now);
  let incident: Incident;
  // All or nothing: the file, its first log entry and (when asked) its place on the board. If any
  // step fails (a full disk, a lost lock) the half-made incident is removed again, so "not saved"
  // means not saved and a retry does not make a duplicate.
  try {
    incident = await createIncidentFile(session, {
      schemaVersion: INCIDENT_SCHEMA_VERSION,
      id,
      title: input.title,
      detectedAt: input.detectedAt,
      createdAt: stamp,
      natures: ordered(input.natures),
      visibility: input.visibility,
      phase: input.phase,
      phaseChangedAt: stamp,
      isExercise: input.isExercise,
      status: 'open',
      closedAt: null,
    });
    // The starting state is logged as changes from nothing, so the history begins complete.
    const changes: Change[] = [
      { field: 'created', title: incident.title, phase: incident.phase, isExercise: incident.isExercise },
      { field: 'natures', from: [], to: incident.natures },
      ...AUDIENCES.filter((a) => incident.visibility[a] !== 'no').map(
        (audience): Change => ({
          field: 'visibility',
          audience,
          from: 'no',
          to: incident.visibility[audience],
        }),
      ),
    ];
    await logChanges(ctx, incident.id, changes, input.author);
    if (input.makeActive) await setActiveIncidentId(session, incident.id);
  } catch (error) {
    await discardNewIncident(session, id).catch((cleanup: unknown) =>
      console.error('[incident] could not remove the half-created incident', id, cleanup),
    );
    throw error;
  }
  ctx.events.emit('incidents.changed', { incidentId: incident.id });
  return incident;
}

function diff(before: Incident, input: z.output<typeof updateIncidentInputSchema>): Change[] {
  const changes: Change[] = [];
  if (input.title !== undefined && input.title !== before.title)
    changes.push({ field: 'title', from: before.title, to: input.title });
  if (input.natures) {
    const to = ordered(input.natures);
    if (to.join() !== before.natures.join()) changes.push({ field: 'natures', from: before.natures, to });
  }
  for (const audience of AUDIENCES) {
    const to = input.visibility?.[audience];
    if (to && to !== before.visibility[audience])
      changes.push({ field: 'visibility', audience, from: before.visibility[audience], to });
  }
  if (input.phase && input.phase !== before.phase)
    changes.push({ field: 'phase', from: before.phase, to: input.phase });
  return changes;
}

function apply(incident: Incident, changes: Change[], at: string): Incident {
  const next = structuredClone(incident);
  for (const c of changes) {
    if (c.field === 'title') next.title = c.to;
    else if (c.field === 'natures') next.natures = c.to;
    else if (c.field === 'visibility') next.visibility[c.audience] = c.to;
    else if (c.field === 'phase') {
      next.phase = c.to;
      next.phaseChangedAt = at;
    }
  }
  return next;
}

/**
 * Changes the incident file first, then writes one log entry with every change, so the entry
 * carries the phase the incident is now in. If the log refuses, the file is put back: the log and
 * the incident never disagree about what changed, and a change of several things is all or nothing.
 */
export async function updateIncident(
  ctx: AppContext,
  input: z.output<typeof updateIncidentInputSchema>,
): Promise<Incident> {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await incidentStore(session, input.id);
  const before = store.data;
  if (before.status === 'closed') throw incidentClosedError();
  const changes = diff(before, input);
  if (changes.length === 0) return before;
  const at = input.occurredAt ?? new Date().toISOString();
  const next = await store.replace(apply(before, changes, at));
  try {
    await logChanges(ctx, input.id, changes, input.author, input.occurredAt);
  } catch (error) {
    await store.replace(before);
    throw error;
  }
  ctx.events.emit('incidents.changed', { incidentId: input.id });
  return next;
}

/** Closing logs first (a closed incident takes no more entries); reopening logs after. */
export async function setIncidentStatus(
  ctx: AppContext,
  input: z.output<typeof setStatusInputSchema>,
): Promise<Incident> {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await incidentStore(session, input.id);
  const before = store.data;
  if (before.status === input.status) return before;
  const change: Change = { field: 'status', from: before.status, to: input.status };
  let next: Incident;
  if (input.status === 'closed') {
    await logChanges(ctx, input.id, [change], input.author);
    next = await store.replace({ ...before, status: 'closed', closedAt: new Date().toISOString() });
    if ((await activeIncidentId(session)) === input.id) await setActiveIncidentId(session, null);
  } else {
    next = await store.replace({ ...before, status: 'open', closedAt: null });
    await logChanges(ctx, input.id, [change], input.author);
  }
  ctx.events.emit('incidents.changed', { incidentId: input.id });
  return next;
}
