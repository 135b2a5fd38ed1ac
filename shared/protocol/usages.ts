import type { EndResponsibility, Protocol } from './schema';

/**
 * Where a person acts in the protocol. One list serves the readiness check (who must be reachable),
 * the call list (what each person is on it for) and the print (who to show). Order follows the
 * protocol: crisis team first, because that is who is called first.
 */
export type UsageContext =
  | { kind: 'crisisRole'; itemId: string; itemName: string }
  | { kind: 'endResponsible'; itemId: EndResponsibility }
  | { kind: 'system'; itemId: string; itemName: string }
  | { kind: 'bcpOwner' }
  | { kind: 'stakeholder'; itemId: string; itemName: string }
  | { kind: 'media'; itemId: string; itemName: string }
  | { kind: 'escalationOwner'; itemId: string; itemName: string };

export type Capacity = 'responsible' | 'deputy' | 'owner';

export interface PersonUsage {
  personId: string;
  capacity: Capacity;
  context: UsageContext;
}

export function personUsages(p: Protocol): PersonUsage[] {
  const out: PersonUsage[] = [];
  const pair = (
    item: { responsibleId: string | null; deputyId: string | null },
    context: UsageContext,
  ): void => {
    if (item.responsibleId) out.push({ personId: item.responsibleId, capacity: 'responsible', context });
    if (item.deputyId) out.push({ personId: item.deputyId, capacity: 'deputy', context });
  };
  for (const r of p.crisisOrganisation.roles) pair(r, { kind: 'crisisRole', itemId: r.id, itemName: r.name });
  for (const [key, id] of Object.entries(p.crisisOrganisation.endResponsibles)) {
    if (id) {
      out.push({
        personId: id,
        capacity: 'responsible',
        context: { kind: 'endResponsible', itemId: key as EndResponsibility },
      });
    }
  }
  for (const s of p.systems) pair(s, { kind: 'system', itemId: s.id, itemName: s.name });
  if (p.bcp.ownerId) out.push({ personId: p.bcp.ownerId, capacity: 'owner', context: { kind: 'bcpOwner' } });
  for (const s of p.stakeholders) {
    pair(s, { kind: 'stakeholder', itemId: s.id, itemName: s.organisation });
  }
  for (const m of p.mediaMonitoring) pair(m, { kind: 'media', itemId: m.id, itemName: m.medium });
  for (const c of p.escalationConditions) {
    if (c.ownerId) {
      out.push({
        personId: c.ownerId,
        capacity: 'owner',
        context: { kind: 'escalationOwner', itemId: c.id, itemName: c.text },
      });
    }
  }
  return out;
}

/** Ids of everyone who is named somewhere, in order of first appearance. */
export function referencedPersonIds(p: Protocol): string[] {
  return [...new Set(personUsages(p).map((u) => u.personId))];
}

/**
 * Removes a person and every reference to them, so the protocol stays valid (protocolSchema refuses
 * dangling references). Returns a new protocol; the input is not changed.
 */
export function removePerson(p: Protocol, personId: string): Protocol {
  const next = structuredClone(p);
  const clear = (id: string | null): string | null => (id === personId ? null : id);
  const clearPair = (item: { responsibleId: string | null; deputyId: string | null }): void => {
    item.responsibleId = clear(item.responsibleId);
    item.deputyId = clear(item.deputyId);
  };
  next.people = next.people.filter((person) => person.id !== personId);
  next.systems.forEach(clearPair);
  next.stakeholders.forEach(clearPair);
  next.crisisOrganisation.roles.forEach(clearPair);
  next.mediaMonitoring.forEach(clearPair);
  next.bcp.ownerId = clear(next.bcp.ownerId);
  for (const c of next.escalationConditions) c.ownerId = clear(c.ownerId);
  const ends = next.crisisOrganisation.endResponsibles;
  for (const key of Object.keys(ends) as EndResponsibility[]) ends[key] = clear(ends[key]);
  return next;
}
