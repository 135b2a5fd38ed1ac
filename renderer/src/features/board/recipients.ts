import type { AudienceContact, PersonContact } from '../../../../shared/board/contacts';

export interface RecipientChoice {
  key: string;
  /** what goes into the log */
  recipient: { name: string; organisation?: string; protocolRef: string };
  /** what the operator sees beside the checkbox: numbers to call, address to post to */
  details: string[];
  channels: string[];
}

function numbers(p: PersonContact | null, privateLabel: string): string[] {
  if (!p) return [];
  return [
    p.workPhone,
    p.mobilePhone,
    p.privatePhone ? `${privateLabel} ${p.privatePhone}` : '',
    p.email,
  ].filter(Boolean);
}

/** The protocol's contacts for an audience as checkable recipients, the responsible person first. */
export function recipientChoices(
  contacts: readonly AudienceContact[],
  privateLabel: string,
): RecipientChoice[] {
  return contacts.map((c) => {
    const person = c.responsible;
    if (c.kind === 'publicChannel') {
      return {
        key: c.id,
        recipient: { name: c.name, protocolRef: c.id },
        details: c.address ? [c.address] : [],
        channels: c.channels,
      };
    }
    const name = c.kind === 'staff' ? (person?.name ?? c.id) : person ? `${person.name} (${c.name})` : c.name;
    return {
      key: c.id,
      recipient: {
        name,
        ...(c.kind === 'stakeholder' ? { organisation: c.name } : {}),
        protocolRef: c.id,
      },
      details: [
        ...numbers(person, privateLabel),
        ...(c.deputy ? [`vv. ${c.deputy.name}: ${numbers(c.deputy, privateLabel).join(', ')}`] : []),
      ],
      channels: c.channels,
    };
  });
}
