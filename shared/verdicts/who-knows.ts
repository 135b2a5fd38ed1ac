import type { Incident } from '../incident/schema';
import type { LogEntry, NotificationType } from '../log/entry-schema';
import { AUDIENCES, type Audience, type Phase, type Visibility } from '../model/vocabulary';
import { incidentHistory, phaseAt } from './history';
import type { Partner } from './partners';
import { PartnerMatcher } from './partners';
import type { IncidentVerdicts, VerdictStatus } from './types';

/** One thing we told someone: which action (null: a message outside the matrix), when, by whom, how. */
export interface ToldItem {
  /** a message, or a notification to a regulator (then `channel` is empty and the type says what) */
  kind: 'message' | 'regulatorNotification';
  notificationType?: NotificationType;
  seq: number;
  at: string;
  action: number | null;
  phase: Phase;
  by: string;
  channel: string;
  summary: string;
}

/** An action the audience should have heard about by now and did not (fully). */
export interface KnowledgeGap {
  phase: Phase;
  action: number;
  status: 'open' | 'missed' | 'partial';
}

export interface KnowledgeRow {
  kind: 'audience' | 'organisation';
  /** the matrix audience; null for other stakeholders (regulators, police, ministry) */
  audience: Audience | null;
  /** the audience, or the stakeholder's id in the protocol */
  id: string;
  /** the organisation's name; empty for an audience row (the screen shows its label) */
  name: string;
  /** what the audience can see of the incident now */
  visibility: Visibility | null;
  told: ToldItem[];
  /** the last message either way (sent to them or received from them) */
  lastContact: string | null;
  gaps: KnowledgeGap[];
  /** excluded for this incident by a decision */
  excluded: boolean;
}

const REGULATOR_STAKEHOLDER: Record<string, string> = {
  AP: 'dataProtectionAuthority',
  NCSC: 'ncsc',
  CSIRT: 'ncsc',
};

/** What an audience should have heard by now and did not (fully). */
const isGap = (status: VerdictStatus): status is KnowledgeGap['status'] =>
  status === 'open' || status === 'missed' || status === 'partial';

const norm = (text: string) => text.trim().toLocaleLowerCase('nl');

/**
 * "Who knows what": per audience and per organisation in the protocol, what we told them (each
 * action, when, through whom and which channel), when we last had contact, and what they should
 * have heard by now but did not. Pure; the verdicts are the engine's, so the gaps match the board.
 */
export function whoKnowsWhat(input: {
  incident: Incident;
  entries: readonly LogEntry[];
  partners: readonly Partner[];
  verdicts: IncidentVerdicts;
}): KnowledgeRow[] {
  const history = incidentHistory(input.incident, input.entries);
  const matcher = new PartnerMatcher(input.partners);
  const toldAudience = new Map<Audience, ToldItem[]>(AUDIENCES.map((a) => [a, []]));
  const toldPartner = new Map<string, ToldItem[]>(input.partners.map((p) => [p.id, []]));
  const lastIn = new Map<string, string>();
  const byName = new Map(input.partners.map((p) => [norm(p.organisation), p.id]));
  const wellKnown = new Map(input.partners.filter((p) => p.wellKnown).map((p) => [p.wellKnown!, p.id]));

  for (const e of input.entries) {
    if (e.kind === 'messageSent') {
      const item: ToldItem = {
        kind: 'message',
        seq: e.seq,
        at: e.occurredAt,
        action: e.action,
        phase: e.forPhase ?? phaseAt(history, Date.parse(e.occurredAt), e.seq),
        by: e.sentBy,
        channel: e.channel,
        summary: e.summary,
      };
      toldAudience.get(e.audience)?.push(item);
      for (const id of matcher.match(e.recipients, null)) toldPartner.get(id)?.push(item);
    } else if (e.kind === 'regulatorNotification') {
      const id =
        wellKnown.get(REGULATOR_STAKEHOLDER[e.regulator] ?? '') ?? byName.get(norm(e.regulatorName ?? ''));
      if (id) {
        toldPartner.get(id)?.push({
          kind: 'regulatorNotification',
          notificationType: e.notificationType,
          seq: e.seq,
          at: e.occurredAt,
          action: null,
          phase: phaseAt(history, Date.parse(e.occurredAt), e.seq),
          by: e.author,
          channel: '',
          summary: e.summary,
        });
      }
    } else if (e.kind === 'messageReceived') {
      const from = norm(e.from);
      for (const p of input.partners) {
        if (from.includes(norm(p.organisation))) {
          const known = lastIn.get(p.id);
          if (!known || known < e.occurredAt) lastIn.set(p.id, e.occurredAt);
        }
      }
    }
  }

  const latest = (items: readonly ToldItem[], other?: string) =>
    [...items.map((i) => i.at), ...(other ? [other] : [])].sort().at(-1) ?? null;

  const rows: KnowledgeRow[] = [];
  for (const a of input.verdicts.audiences) {
    const gaps: KnowledgeGap[] = [];
    for (const p of a.phases) {
      for (const v of p.verdicts) {
        if (isGap(v.status)) gaps.push({ phase: v.phase, action: v.action, status: v.status });
      }
    }
    const told = toldAudience.get(a.audience) ?? [];
    rows.push({
      kind: 'audience',
      audience: a.audience,
      id: a.audience,
      name: '',
      visibility: a.visibility,
      told,
      lastContact: latest(told),
      gaps,
      excluded: false,
    });
    for (const partner of input.partners.filter((x) => x.audience === a.audience)) {
      const partnerGaps: KnowledgeGap[] = [];
      let excluded = false;
      for (const p of a.phases) {
        for (const v of p.verdicts) {
          if (v.recipients?.excluded.includes(partner.id)) excluded = true;
          const notTold = v.recipients ? v.recipients.notTold.includes(partner.id) : true;
          if (isGap(v.status) && notTold)
            partnerGaps.push({ phase: v.phase, action: v.action, status: v.status });
        }
      }
      const partnerTold = toldPartner.get(partner.id) ?? [];
      rows.push({
        kind: 'organisation',
        audience: a.audience,
        id: partner.id,
        name: partner.organisation,
        visibility: a.visibility,
        told: partnerTold,
        lastContact: latest(partnerTold, lastIn.get(partner.id)),
        gaps: excluded ? [] : partnerGaps,
        excluded,
      });
    }
  }
  for (const partner of input.partners.filter((x) => x.audience === null)) {
    const told = toldPartner.get(partner.id) ?? [];
    rows.push({
      kind: 'organisation',
      audience: null,
      id: partner.id,
      name: partner.organisation,
      visibility: null,
      told,
      lastContact: latest(told, lastIn.get(partner.id)),
      gaps: [],
      excluded: false,
    });
  }
  return rows;
}
