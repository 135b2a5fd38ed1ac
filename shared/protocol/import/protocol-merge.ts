import type { Person, Protocol } from '../schema';
import { keyOf } from './docx-cells';
import { mergePerson } from './duplicates';

/**
 * Merging an imported protocol into the stored one. The document is the newer source: what it
 * fills in wins, what it leaves empty keeps the stored value, and nothing stored is lost (a
 * person's old number that the document replaced moves to their notes). Things are matched by
 * what they are (the AP, the ICT role, Pers) or else by name. The organisation's matrix, message
 * templates and NIS2 setting are not in a Word protocol and always stay.
 */
const filled = <T>(value: T | null | undefined, fallback: T): T =>
  value === null || value === undefined || value === '' ? fallback : value;

function mergePeople(current: readonly Person[], incoming: readonly Person[]) {
  const people = [...current];
  const idMap = new Map<string, string>();
  for (const person of incoming) {
    const at = people.findIndex((p) => keyOf(p.name) === keyOf(person.name));
    if (at < 0) {
      people.push(person);
      idMap.set(person.id, person.id);
      continue;
    }
    const old = people[at]!;
    const fromDocument: Person = {
      ...old,
      role: filled(person.role, old.role),
      department: filled(person.department, old.department),
      organisation: filled(person.organisation, old.organisation),
      workPhone: filled(person.workPhone, old.workPhone),
      privatePhone: filled(person.privatePhone, old.privatePhone),
      mobilePhone: filled(person.mobilePhone, old.mobilePhone ?? ''),
      email: filled(person.email, old.email),
      notes: [old.notes, person.notes].filter(Boolean).join('\n') || undefined,
    };
    if (fromDocument.mobilePhone === '') delete fromDocument.mobilePhone;
    // the old values the document replaced end up in the notes rather than gone
    people[at] = mergePerson(fromDocument, old);
    idMap.set(person.id, old.id);
  }
  return { people, idMap };
}

export function mergeProtocol(current: Protocol, incoming: Protocol): Protocol {
  const { people, idMap } = mergePeople(current.people, incoming.people);
  const ref = (id: string | null) => (id === null ? null : (idMap.get(id) ?? id));
  const pair = <T extends { responsibleId: string | null; deputyId: string | null }>(old: T, item: T): T => ({
    ...old,
    responsibleId: ref(item.responsibleId) ?? old.responsibleId,
    deputyId: ref(item.deputyId) ?? old.deputyId,
  });
  const next = structuredClone(current);
  next.people = people;
  if (incoming.organisation.name)
    next.organisation = {
      ...incoming.organisation,
      shortName: incoming.organisation.shortName || current.organisation.shortName,
    };
  if (incoming.documentVersion !== '1.0') next.documentVersion = incoming.documentVersion;

  const systemIds = new Map<string, string>();
  for (const s of incoming.systems) {
    const old = next.systems.find((x) => keyOf(x.name) === keyOf(s.name));
    if (old) {
      Object.assign(old, pair(old, s), { description: s.description || old.description });
      systemIds.set(s.id, old.id);
    } else {
      next.systems.push({
        ...s,
        responsibleId: ref(s.responsibleId),
        deputyId: ref(s.deputyId),
        dependencies: [],
      });
      systemIds.set(s.id, s.id);
    }
  }
  const stakeholderIds = new Map<string, string>();
  for (const s of incoming.stakeholders) {
    const old = next.stakeholders.find(
      (x) =>
        (s.wellKnown !== null && x.wellKnown === s.wellKnown) ||
        keyOf(x.organisation) === keyOf(s.organisation),
    );
    if (old) {
      Object.assign(old, pair(old, s), {
        agreements: s.agreements || old.agreements,
        timeliness: s.timeliness || old.timeliness,
        impactOfOutage: s.impactOfOutage || old.impactOfOutage,
        inCrisisTeam: old.inCrisisTeam || s.inCrisisTeam,
      });
      stakeholderIds.set(s.id, old.id);
    } else {
      next.stakeholders.push({ ...s, responsibleId: ref(s.responsibleId), deputyId: ref(s.deputyId) });
      stakeholderIds.set(s.id, s.id);
    }
  }
  // dependencies once every system and stakeholder has its id in the merged protocol
  for (const s of incoming.systems) {
    const target = next.systems.find((x) => x.id === systemIds.get(s.id))!;
    for (const d of s.dependencies) {
      const on =
        d.on.kind === 'system'
          ? { kind: 'system' as const, systemId: systemIds.get(d.on.systemId) ?? d.on.systemId }
          : {
              kind: 'stakeholder' as const,
              stakeholderId: stakeholderIds.get(d.on.stakeholderId) ?? d.on.stakeholderId,
            };
      const same = target.dependencies.some((x) => JSON.stringify(x.on) === JSON.stringify(on));
      if (!same) target.dependencies.push({ ...d, on });
    }
  }
  const channelIds = new Map<string, string>();
  for (const c of incoming.channels.list) {
    const old = next.channels.list.find((x) => x.id === c.id || keyOf(x.name) === keyOf(c.name));
    if (old) channelIds.set(c.id, old.id);
    else {
      next.channels.list.push(c);
      channelIds.set(c.id, c.id);
    }
  }
  for (const [stakeholderId, channels] of Object.entries(incoming.channels.grid)) {
    const id = stakeholderIds.get(stakeholderId) ?? stakeholderId;
    if (channels.length > 0 || !next.channels.grid[id])
      next.channels.grid[id] = channels.map((c) => channelIds.get(c) ?? c);
  }
  for (const r of incoming.crisisOrganisation.roles) {
    const old = next.crisisOrganisation.roles.find(
      (x) => (r.preset !== null && x.preset === r.preset) || keyOf(x.name) === keyOf(r.name),
    );
    if (old) Object.assign(old, pair(old, r));
    else
      next.crisisOrganisation.roles.push({
        ...r,
        responsibleId: ref(r.responsibleId),
        deputyId: ref(r.deputyId),
      });
  }
  for (const [key, id] of Object.entries(incoming.crisisOrganisation.endResponsibles)) {
    const k = key as keyof typeof next.crisisOrganisation.endResponsibles;
    next.crisisOrganisation.endResponsibles[k] = ref(id) ?? next.crisisOrganisation.endResponsibles[k];
  }
  for (const m of incoming.mediaMonitoring) {
    const old = next.mediaMonitoring.find(
      (x) => (m.preset !== null && x.preset === m.preset) || keyOf(x.medium) === keyOf(m.medium),
    );
    if (old) Object.assign(old, pair(old, m));
    else next.mediaMonitoring.push({ ...m, responsibleId: ref(m.responsibleId), deputyId: ref(m.deputyId) });
  }
  for (const e of incoming.escalationConditions) {
    if (!next.escalationConditions.some((x) => keyOf(x.text) === keyOf(e.text)))
      next.escalationConditions.push({ ...e, ownerId: ref(e.ownerId) });
  }
  next.bcp = {
    documentName: incoming.bcp.documentName || current.bcp.documentName,
    location: incoming.bcp.location || current.bcp.location,
    ownerId: ref(incoming.bcp.ownerId) ?? current.bcp.ownerId,
  };
  const ex = incoming.exercise;
  next.exercise = {
    lastExercise: ex.lastExercise ?? current.exercise.lastExercise,
    lastProtocolUpdate: ex.lastProtocolUpdate ?? current.exercise.lastProtocolUpdate,
    nextExercise: ex.nextExercise ?? current.exercise.nextExercise,
    nextExerciseTime: ex.nextExercise ? ex.nextExerciseTime : current.exercise.nextExerciseTime,
    nextExerciseLocation: ex.nextExerciseLocation || current.exercise.nextExerciseLocation,
  };
  return next;
}

/** Replace keeps what a Word protocol does not hold: the matrix, the message templates, NIS2. */
export function replaceProtocol(current: Protocol, incoming: Protocol): Protocol {
  return { ...structuredClone(incoming), operations: structuredClone(current.operations) };
}
