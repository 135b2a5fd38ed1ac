import { z } from 'zod';
import type { Audience } from '../model/vocabulary';
import type { Person, Protocol, StakeholderGroup } from '../protocol/schema';

/**
 * Who must be reached for an audience, taken from the protocol. Private phone numbers are only
 * included when the caller asks for them (the operator's screen); the projector never asks, so
 * they never leave the back end for it (DESIGN.md §6).
 */
export const personContactSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  workPhone: z.string(),
  mobilePhone: z.string(),
  email: z.string(),
  /** only on the operator's screen */
  privatePhone: z.string().optional(),
});
export type PersonContact = z.infer<typeof personContactSchema>;

export const audienceContactSchema = z.object({
  kind: z.enum(['crisisRole', 'staff', 'stakeholder', 'publicChannel']),
  /** id in the protocol (role, stakeholder or public channel), used as the log's protocolRef */
  id: z.string(),
  /** the role, the organisation, or the channel's name */
  name: z.string(),
  responsible: personContactSchema.nullable(),
  deputy: personContactSchema.nullable(),
  /** names of the channels through which to reach them */
  channels: z.array(z.string()),
  /** for a public channel: URL, handle or phone line */
  address: z.string().optional(),
});
export type AudienceContact = z.infer<typeof audienceContactSchema>;

export interface ContactOptions {
  includePrivate: boolean;
}

function personContact(protocol: Protocol, id: string | null, options: ContactOptions): PersonContact | null {
  if (!id) return null;
  const p: Person | undefined = protocol.people.find((x) => x.id === id);
  if (!p) return null;
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    organisation: p.organisation,
    workPhone: p.workPhone,
    mobilePhone: p.mobilePhone ?? '',
    email: p.email,
    ...(options.includePrivate && p.privatePhone ? { privatePhone: p.privatePhone } : {}),
  };
}

const GROUP_BY_AUDIENCE: Partial<Record<Audience, StakeholderGroup>> = {
  outsourcingPartners: 'outsourcingPartner',
  chainPartners: 'chainPartner',
};

/** Internal people are reached by phone and e-mail; the channel grid only covers stakeholders. */
function internalChannels(protocol: Protocol): string[] {
  const names = protocol.channels.list.filter((c) => c.kind === 'phone' || c.kind === 'email');
  return names.map((c) => c.name);
}

/**
 * The contacts for one audience, in protocol order:
 * - internal: every crisis-team role (responsible and deputy), then the staff at large through
 *   whoever is responsible for internal communication;
 * - outsourcing and chain partners: those stakeholders, with their channels from the grid;
 * - customers and public: the organisation's own public channels marked for that audience.
 */
export function audienceContacts(
  protocol: Protocol,
  audience: Audience,
  options: ContactOptions,
): AudienceContact[] {
  const channelName = new Map(protocol.channels.list.map((c) => [c.id, c.name]));
  if (audience === 'internal') {
    const channels = internalChannels(protocol);
    const roles: AudienceContact[] = protocol.crisisOrganisation.roles.map((r) => ({
      kind: 'crisisRole',
      id: r.id,
      name: r.name,
      responsible: personContact(protocol, r.responsibleId, options),
      deputy: personContact(protocol, r.deputyId, options),
      channels,
    }));
    const staff: AudienceContact = {
      kind: 'staff',
      id: 'staff',
      name: '',
      responsible: personContact(
        protocol,
        protocol.crisisOrganisation.endResponsibles.internalCommunication,
        options,
      ),
      deputy: null,
      channels: [],
    };
    return [...roles, staff];
  }
  const group = GROUP_BY_AUDIENCE[audience];
  if (group) {
    return protocol.stakeholders
      .filter((s) => s.group === group)
      .map((s) => ({
        kind: 'stakeholder' as const,
        id: s.id,
        name: s.organisation,
        responsible: personContact(protocol, s.responsibleId, options),
        deputy: personContact(protocol, s.deputyId, options),
        channels: (protocol.channels.grid[s.id] ?? []).map((id) => channelName.get(id) ?? id),
      }));
  }
  const target = audience === 'customers' ? 'customers' : 'public';
  return protocol.channels.publicChannels
    .filter((c) => c.audiences.includes(target))
    .map((c) => ({
      kind: 'publicChannel' as const,
      id: c.id,
      name: c.name,
      responsible: personContact(
        protocol,
        protocol.crisisOrganisation.endResponsibles.externalCommunication,
        options,
      ),
      deputy: null,
      channels: [c.name],
      address: c.address,
    }));
}
