import type { LogEntry } from '../log/entry-schema';
import type { CrisisOrganisation } from '../protocol/crisis-organisation';
import type { Person } from '../protocol/people';
import type { EscalationCondition } from '../protocol/upkeep';

export interface ConditionState {
  id: string;
  /** as the protocol reads now; as it read when met, if it was met */
  text: string;
  owner: string | null;
  agreedOn: string | null;
  met: { at: string; by: string; seq: number } | null;
}

type Met = Extract<LogEntry, { kind: 'decision' }> & { subject: { type: 'escalationMet' } };

export function isEscalationMet(entry: LogEntry): entry is Met {
  return entry.kind === 'decision' && entry.subject?.type === 'escalationMet';
}

/**
 * The protocol's escalation conditions with "met?" from the log (after corrections): met by the
 * first decision that says so. A condition met during the incident and since removed from the
 * protocol still shows, because the log keeps what was agreed.
 */
export function escalationConditions(
  conditions: readonly EscalationCondition[],
  people: readonly Pick<Person, 'id' | 'name'>[],
  entries: readonly LogEntry[],
): ConditionState[] {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const met = new Map<string, Met>();
  for (const e of entries) {
    if (isEscalationMet(e) && e.subject.type === 'escalationMet' && !met.has(e.subject.conditionId))
      met.set(e.subject.conditionId, e);
  }
  const fromProtocol = conditions.map((c): ConditionState => {
    const m = met.get(c.id);
    return {
      id: c.id,
      text: m && m.subject.type === 'escalationMet' ? m.subject.text : c.text,
      owner: c.ownerId ? (names.get(c.ownerId) ?? null) : null,
      agreedOn: c.agreedOn,
      met: m ? { at: m.occurredAt, by: m.author, seq: m.seq } : null,
    };
  });
  const known = new Set(conditions.map((c) => c.id));
  const gone = [...met.entries()]
    .filter(([id]) => !known.has(id))
    .map(
      ([id, m]): ConditionState => ({
        id,
        text: m.subject.type === 'escalationMet' ? m.subject.text : '',
        owner: null,
        agreedOn: null,
        met: { at: m.occurredAt, by: m.author, seq: m.seq },
      }),
    );
  return [...fromProtocol, ...gone];
}

/** Who convenes the crisis team: the team lead's responsible person, else the deputy. */
export function crisisTeamLead(
  organisation: CrisisOrganisation,
  people: readonly Pick<Person, 'id' | 'name'>[],
): string | null {
  const lead = organisation.roles.find((r) => r.preset === 'teamLead');
  const id = lead?.responsibleId ?? lead?.deputyId ?? organisation.endResponsibles.crisisManagement;
  return id ? (people.find((p) => p.id === id)?.name ?? null) : null;
}
