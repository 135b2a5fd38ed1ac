import type { LogContact } from '../../../shared/api/log-api';
import type { Audience } from '../../../shared/model/vocabulary';
import type { Protocol } from '../../../shared/protocol/schema';

const GROUP_AUDIENCE: Record<string, Audience | undefined> = {
  chainPartner: 'chainPartners',
  outsourcingPartner: 'outsourcingPartners',
};

/**
 * Who the message form can offer as recipients: the responsible and the deputy of every chain and
 * outsourcing partner, plus the crisis team for internal messages. Private numbers stay out: this
 * list feeds tel: links on a screen others can see.
 */
export function protocolContacts(protocol: Protocol): LogContact[] {
  const people = new Map(protocol.people.map((p) => [p.id, p]));
  const contacts: LogContact[] = [];
  const seen = new Set<string>();
  const add = (personId: string | null, audience: Audience, organisation: string) => {
    const person = personId ? people.get(personId) : undefined;
    if (!person || seen.has(`${audience}:${person.id}`)) return;
    seen.add(`${audience}:${person.id}`);
    contacts.push({
      name: person.name,
      organisation: organisation || person.organisation,
      protocolRef: person.id,
      audience,
      email: person.email,
      phone: person.workPhone || person.mobilePhone || '',
    });
  };
  for (const s of protocol.stakeholders) {
    const audience = GROUP_AUDIENCE[s.group];
    if (!audience) continue;
    add(s.responsibleId, audience, s.organisation);
    add(s.deputyId, audience, s.organisation);
  }
  for (const role of protocol.crisisOrganisation.roles) {
    add(role.responsibleId, 'internal', protocol.organisation.name);
    add(role.deputyId, 'internal', protocol.organisation.name);
  }
  return contacts;
}
