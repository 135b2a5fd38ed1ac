import type { LogEntry } from '../log/entry-schema';
import type { Audience, Phase } from '../model/vocabulary';
import { type IncidentHistory, phaseAt } from './history';
import type { PartnerMatcher } from './partners';

/** One logged fulfilment of an action: a message, or (action 6) the AP notification. */
export interface Fulfilment {
  at: number;
  seq: number;
  /** the matrix phase it counts for */
  phase: Phase;
  /** partner audiences: the protocol stakeholders it reached */
  told: string[];
  via: 'message' | 'regulatorNotification';
}

export interface Decision {
  at: number;
  seq: number;
  reason: string;
}

/** Everything in the log the verdicts depend on, gathered in one pass. */
export interface VerdictFacts {
  /** key `phase|audience|action` → fulfilments in time order */
  fulfilments: Map<string, Fulfilment[]>;
  /** key `audience|action` → fulfilments in any phase, in time order (once-only actions) */
  byAction: Map<string, Fulfilment[]>;
  notApplicable: Map<string, Decision>;
  notNeeded: Map<string, Decision>;
  /** audience → stakeholder ids excluded for this incident */
  excluded: Map<Audience, Set<string>>;
}

export const cellKey = (phase: Phase, audience: Audience, action: number) => `${phase}|${audience}|${action}`;

/** The action of the matrix that a data-breach notification to the AP fulfils, and for whom. */
export const AP_NOTIFICATION_FULFILS = { audience: 'internal' as Audience, action: 6 };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function firstDecision(map: Map<string, Decision>, key: string, decision: Decision): void {
  const known = map.get(key);
  if (!known || decision.at < known.at) map.set(key, decision);
}

/**
 * Walks the (corrected) log once. A message counts for the phase it names (`forPhase`: logged late
 * against its own phase) or else the phase the incident was in when it went out.
 */
export function gatherFacts(
  entries: readonly LogEntry[],
  history: IncidentHistory,
  matcher: PartnerMatcher,
): VerdictFacts {
  const facts: VerdictFacts = {
    fulfilments: new Map(),
    byAction: new Map(),
    notApplicable: new Map(),
    notNeeded: new Map(),
    excluded: new Map(),
  };
  const add = (audience: Audience, action: number, f: Fulfilment) => {
    push(facts.fulfilments, cellKey(f.phase, audience, action), f);
    push(facts.byAction, `${audience}|${action}`, f);
  };
  for (const e of entries) {
    if (e.kind === 'messageSent' && e.action !== null) {
      const at = Date.parse(e.occurredAt);
      add(e.audience, e.action, {
        at,
        seq: e.seq,
        phase: e.forPhase ?? phaseAt(history, at, e.seq),
        told: matcher.match(e.recipients, e.audience),
        via: 'message',
      });
    } else if (e.kind === 'decision' && e.subject) {
      const s = e.subject;
      const decision = { at: Date.parse(e.occurredAt), seq: e.seq, reason: e.reason || e.summary };
      if (s.type === 'actionNotApplicable')
        firstDecision(facts.notApplicable, cellKey(s.phase, s.audience, s.action), decision);
      else if (s.type === 'actionNotNeeded')
        firstDecision(facts.notNeeded, cellKey(s.phase, s.audience, s.action), decision);
      else if (s.type === 'recipientExcluded') {
        const set = facts.excluded.get(s.audience) ?? new Set<string>();
        set.add(s.recipient);
        facts.excluded.set(s.audience, set);
      }
    } else if (
      e.kind === 'regulatorNotification' &&
      e.regulator === 'AP' &&
      (e.notificationType === 'notification' || e.notificationType === 'other')
    ) {
      // The notification to the AP is the part of action 6 that the organisation as a whole owes;
      // telling affected customers and partners stays their own audience's action.
      const at = Date.parse(e.occurredAt);
      const { audience, action } = AP_NOTIFICATION_FULFILS;
      add(audience, action, {
        at,
        seq: e.seq,
        phase: phaseAt(history, at, e.seq),
        told: [],
        via: 'regulatorNotification',
      });
    }
  }
  const byTime = (a: Fulfilment, b: Fulfilment) => a.at - b.at || a.seq - b.seq;
  for (const list of facts.fulfilments.values()) list.sort(byTime);
  for (const list of facts.byAction.values()) list.sort(byTime);
  return facts;
}
