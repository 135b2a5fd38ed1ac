import type { z } from 'zod';
import type { Protocol } from './schema';

type Ctx = z.RefinementCtx<Protocol>;
type Path = (string | number)[];

/** Reports a duplicate id in a list, at the later occurrence. */
function checkUnique(items: readonly { id: string }[], path: Path, ctx: Ctx): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'id'],
        message: `De id "${item.id}" komt dubbel voor.`,
      });
    }
    seen.add(item.id);
  });
  return seen;
}

function checkRef(id: string | null, known: Set<string>, path: Path, what: string, ctx: Ctx): void {
  if (id !== null && !known.has(id)) {
    ctx.addIssue({ code: 'custom', path, message: `Verwijst naar een ${what} die niet bestaat (${id}).` });
  }
}

/** superRefine body for protocolSchema: ids unique, references resolvable. */
export function addReferenceIssues(p: Protocol, ctx: Ctx): void {
  const people = checkUnique(p.people, ['people'], ctx);
  const systems = checkUnique(p.systems, ['systems'], ctx);
  const stakeholders = checkUnique(p.stakeholders, ['stakeholders'], ctx);
  const channels = checkUnique(p.channels.list, ['channels', 'list'], ctx);
  checkUnique(p.crisisOrganisation.roles, ['crisisOrganisation', 'roles'], ctx);
  checkUnique(p.mediaMonitoring, ['mediaMonitoring'], ctx);
  checkUnique(p.escalationConditions, ['escalationConditions'], ctx);
  checkUnique(p.channels.publicChannels, ['channels', 'publicChannels'], ctx);

  const person = (id: string | null, path: Path) => checkRef(id, people, path, 'persoon', ctx);
  const withPair = (list: readonly { responsibleId: string | null; deputyId: string | null }[], base: Path) =>
    list.forEach((item, i) => {
      person(item.responsibleId, [...base, i, 'responsibleId']);
      person(item.deputyId, [...base, i, 'deputyId']);
    });

  withPair(p.systems, ['systems']);
  withPair(p.stakeholders, ['stakeholders']);
  withPair(p.crisisOrganisation.roles, ['crisisOrganisation', 'roles']);
  withPair(p.mediaMonitoring, ['mediaMonitoring']);
  person(p.bcp.ownerId, ['bcp', 'ownerId']);
  for (const [key, id] of Object.entries(p.crisisOrganisation.endResponsibles)) {
    person(id, ['crisisOrganisation', 'endResponsibles', key]);
  }
  p.escalationConditions.forEach((c, i) => {
    person(c.ownerId, ['escalationConditions', i, 'ownerId']);
  });

  p.systems.forEach((s, i) => {
    checkUnique(s.dependencies, ['systems', i, 'dependencies'], ctx);
    s.dependencies.forEach((d, j) => {
      const path = ['systems', i, 'dependencies', j, 'on'];
      if (d.on.kind === 'system') checkRef(d.on.systemId, systems, [...path, 'systemId'], 'systeem', ctx);
      else checkRef(d.on.stakeholderId, stakeholders, [...path, 'stakeholderId'], 'stakeholder', ctx);
    });
  });

  for (const [stakeholderId, channelIds] of Object.entries(p.channels.grid)) {
    checkRef(stakeholderId, stakeholders, ['channels', 'grid', stakeholderId], 'stakeholder', ctx);
    channelIds.forEach((c, j) => {
      checkRef(c, channels, ['channels', 'grid', stakeholderId, j], 'kanaal', ctx);
    });
  }
}
