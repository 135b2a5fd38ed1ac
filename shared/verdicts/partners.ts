import type { LogEntry } from '../log/entry-schema';
import type { Audience } from '../model/vocabulary';
import type { Protocol } from '../protocol/schema';

/** A stakeholder from the protocol that can be told something, with what identifies it in the log. */
export interface Partner {
  id: string;
  /** the matrix audience it belongs to; other stakeholders (AP, NCSC …) have none */
  audience: Audience | null;
  organisation: string;
  /** the protocol's responsible and deputy for it: the log page records people, the board organisations */
  personIds: string[];
  wellKnown: string | null;
}

const AUDIENCE_OF_GROUP: Record<string, Audience | null> = {
  chainPartner: 'chainPartners',
  outsourcingPartner: 'outsourcingPartners',
  otherStakeholder: null,
};

/** The audiences whose cells are judged organisation by organisation. */
export const PER_RECIPIENT_AUDIENCES: readonly Audience[] = ['outsourcingPartners', 'chainPartners'];

export function partnersFromProtocol(protocol: Protocol): Partner[] {
  return protocol.stakeholders.map((s) => ({
    id: s.id,
    audience: AUDIENCE_OF_GROUP[s.group] ?? null,
    organisation: s.organisation,
    personIds: [s.responsibleId, s.deputyId].filter((x): x is string => typeof x === 'string' && x !== ''),
    wellKnown: s.wellKnown,
  }));
}

const norm = (text: string) => text.trim().toLocaleLowerCase('nl');

/** "Stichting Pensioenfonds Publieke Dienst (SPPD)" is also known as "SPPD": the name for a tight spot. */
export function shortOrganisationName(organisation: string): string {
  return /\(([^()]{2,20})\)\s*$/.exec(organisation)?.[1] ?? organisation;
}

function namesOf(organisation: string): string[] {
  const short = shortOrganisationName(organisation);
  return short !== organisation ? [norm(organisation), norm(short)] : [norm(organisation)];
}

type Recipient = Extract<LogEntry, { kind: 'messageSent' }>['recipients'][number];

/**
 * Finds which protocol stakeholders a message's recipients stand for: by the stakeholder's id (the
 * board), a person id of its responsible or deputy (the log page), or, for a name typed by hand,
 * the organisation's name or the abbreviation it carries in brackets.
 */
export class PartnerMatcher {
  private readonly byRef = new Map<string, string>();
  private readonly byName = new Map<string, string>();

  constructor(readonly partners: readonly Partner[]) {
    for (const p of partners) {
      this.byRef.set(p.id, p.id);
      for (const person of p.personIds) if (!this.byRef.has(person)) this.byRef.set(person, p.id);
      for (const name of namesOf(p.organisation)) if (!this.byName.has(name)) this.byName.set(name, p.id);
    }
  }

  /** Stakeholder ids the recipients stand for (each once). */
  match(recipients: readonly Recipient[], audience: Audience | null): string[] {
    const found = new Set<string>();
    for (const r of recipients) {
      const id =
        (r.protocolRef ? this.byRef.get(r.protocolRef) : undefined) ??
        (r.organisation ? this.byName.get(norm(r.organisation)) : undefined) ??
        this.byName.get(norm(r.name));
      if (!id) continue;
      // A person who represents two organisations counts for the one in this audience.
      const partner = this.partners.find((p) => p.id === id);
      if (audience === null || partner?.audience === audience) found.add(id);
      else if (r.protocolRef && audience) {
        const other = this.partners.find(
          (p) => p.audience === audience && p.personIds.includes(r.protocolRef!),
        );
        if (other) found.add(other.id);
      }
    }
    return [...found];
  }
}
