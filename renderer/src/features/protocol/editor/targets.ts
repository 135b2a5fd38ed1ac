import type { ReadinessSection } from '../../../../../shared/protocol/readiness';
import type { Protocol } from '../../../../../shared/protocol/schema';

/**
 * One address for every field of the editor. The readiness list, the save errors and the hash
 * route all point at a field through the same target, so "go to the field" works from anywhere.
 */
export interface FieldTarget {
  section: ReadinessSection;
  itemId?: string;
  field?: string;
}

/** The editor's tabs: the seven parts of Bijlage I plus general data, people, readiness, imports and files. */
export const TABS = [
  'organisation',
  'systems',
  'stakeholders',
  'crisisTeam',
  'channels',
  'media',
  'escalation',
  'exercise',
  'people',
  'readiness',
  'import',
  'data',
] as const;
export type Tab = (typeof TABS)[number];

const TAB_OF_SECTION: Record<ReadinessSection, Tab> = {
  organisation: 'organisation',
  people: 'people',
  systems: 'systems',
  bcp: 'systems',
  stakeholders: 'stakeholders',
  crisisTeam: 'crisisTeam',
  endResponsibles: 'crisisTeam',
  channels: 'channels',
  media: 'media',
  escalation: 'escalation',
  exercise: 'exercise',
};

export function isSection(value: string | undefined): value is ReadinessSection {
  return value !== undefined && Object.hasOwn(TAB_OF_SECTION, value);
}

/** Which tab a route segment opens: a tab name, or a section that lives inside a tab (bcp → systems). */
export function tabOf(segment: string | undefined): Tab {
  if (segment === undefined) return 'organisation';
  if ((TABS as readonly string[]).includes(segment)) return segment as Tab;
  return isSection(segment) ? TAB_OF_SECTION[segment] : 'organisation';
}

/** DOM id of a field; ids in the protocol are [a-z0-9-], so '_' safely marks "none". */
export function domId(t: FieldTarget): string {
  return `pf-${t.section}-${t.itemId ?? '_'}-${t.field ?? '_'}`;
}

/** Route segments after 'protocol' that open the tab and focus the field. */
export function routeFor(t: FieldTarget): string[] {
  return [t.section, t.itemId ?? '_', t.field ?? '_'];
}

export function targetFromRoute(rest: string[]): FieldTarget | null {
  const [section, itemId, field] = rest;
  if (!isSection(section) || itemId === undefined) return null;
  return {
    section,
    itemId: itemId === '_' ? undefined : itemId,
    field: field === undefined || field === '_' ? undefined : field,
  };
}

/** Where a zod issue path points in the editor. Unknown paths land on the general tab. */
export function issueTarget(p: Protocol, path: readonly string[]): FieldTarget {
  const [head, a, b, c, d, e] = path;
  const at = <T extends { id: string }>(list: readonly T[], index: string | undefined) =>
    list[Number(index)]?.id;
  switch (head) {
    case 'organisation':
      return { section: 'organisation', field: a };
    case 'documentVersion':
      return { section: 'organisation', field: 'documentVersion' };
    case 'people':
      return { section: 'people', itemId: at(p.people, a), field: b };
    case 'systems': {
      const system = p.systems[Number(a)];
      if (b === 'dependencies' && system) {
        const dep = system.dependencies[Number(c)];
        return { section: 'systems', itemId: system.id, field: dep ? `dep_${dep.id}_${d ?? ''}` : undefined };
      }
      return { section: 'systems', itemId: system?.id, field: b };
    }
    case 'bcp':
      return { section: 'bcp', field: a };
    case 'stakeholders':
      return { section: 'stakeholders', itemId: at(p.stakeholders, a), field: b };
    case 'crisisOrganisation':
      return a === 'roles'
        ? { section: 'crisisTeam', itemId: at(p.crisisOrganisation.roles, b), field: c }
        : { section: 'endResponsibles', field: b };
    case 'channels':
      if (a === 'list') return { section: 'channels', itemId: at(p.channels.list, b), field: c };
      if (a === 'publicChannels')
        return { section: 'channels', itemId: at(p.channels.publicChannels, b), field: c };
      return { section: 'channels', itemId: b };
    case 'mediaMonitoring':
      return { section: 'media', itemId: at(p.mediaMonitoring, a), field: b === 'tasks' ? c : b };
    case 'escalationConditions':
      return { section: 'escalation', itemId: at(p.escalationConditions, a), field: b };
    case 'exercise':
      return { section: 'exercise', field: a };
    default:
      void e;
      return { section: 'organisation' };
  }
}
