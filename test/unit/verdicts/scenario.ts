import type { Incident, VisibilityByAudience } from '../../../shared/incident/schema';
import type { IncidentChangeItem, LogEntry, LogEntryBody } from '../../../shared/log/entry-schema';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { applyCorrections } from '../../../shared/matrix/outcomes';
import {
  AUDIENCES,
  type Audience,
  type Nature,
  type Phase,
  type Visibility,
} from '../../../shared/model/vocabulary';
import { judgeIncident } from '../../../shared/verdicts/judge';
import type { Partner } from '../../../shared/verdicts/partners';
import type { IncidentVerdicts, Verdict } from '../../../shared/verdicts/types';

const ZERO = '0'.repeat(64);
export const T0 = Date.parse('2026-11-20T08:00:00.000Z');

export const PARTNERS: Partner[] = [
  { id: 'vgu', audience: 'chainPartners', organisation: 'VGU', personIds: ['p-vgu'], wellKnown: null },
  { id: 'sppd', audience: 'chainPartners', organisation: 'SPPD', personIds: ['p-sppd'], wellKnown: null },
  { id: 'hostco', audience: 'outsourcingPartners', organisation: 'HostCo', personIds: [], wellKnown: null },
  {
    id: 'ap',
    audience: null,
    organisation: 'Autoriteit Persoonsgegevens',
    personIds: [],
    wellKnown: 'dataProtectionAuthority',
  },
];

/**
 * A small incident written as a crisis team lives it: minutes after 08:00, changes and messages in
 * order. `build()` gives the incident file and the log as the app would have written them.
 */
export class Scenario {
  private minute = 0;
  private readonly entries: LogEntry[] = [];
  private state: {
    phase: Phase;
    natures: Nature[];
    visibility: VisibilityByAudience;
    status: 'open' | 'closed';
  };

  constructor(
    start: {
      phase: Phase;
      natures: Nature[];
      visible?: Partial<Record<Audience, Visibility>>;
      atMinute?: number;
    },
    private readonly detectedMinute = 0,
  ) {
    this.minute = start.atMinute ?? 0;
    const visibility = Object.fromEntries(
      AUDIENCES.map((a) => [a, start.visible?.[a] ?? 'no']),
    ) as VisibilityByAudience;
    this.state = { phase: start.phase, natures: start.natures, visibility, status: 'open' };
    const changes: IncidentChangeItem[] = [
      { field: 'created', title: 'Test', phase: start.phase, isExercise: true },
      { field: 'natures', from: [], to: start.natures },
      ...AUDIENCES.filter((a) => visibility[a] !== 'no').map(
        (audience): IncidentChangeItem => ({
          field: 'visibility',
          audience,
          from: 'no',
          to: visibility[audience],
        }),
      ),
    ];
    this.push({ kind: 'incidentChange', changes });
  }

  get createdMinute(): number {
    return this.entries[0] ? (Date.parse(this.entries[0].occurredAt) - T0) / 60_000 : 0;
  }

  at(minute: number): this {
    this.minute = minute;
    return this;
  }

  push(body: LogEntryBody, occurredMinute?: number): LogEntry {
    const recordedAt = new Date(T0 + this.minute * 60_000).toISOString();
    const occurredAt =
      occurredMinute === undefined ? recordedAt : new Date(T0 + occurredMinute * 60_000).toISOString();
    const entry = {
      ...body,
      seq: this.entries.length + 1,
      incidentId: 'inc-test',
      recordedAt,
      occurredAt,
      author: 'Tester',
      phase: this.state.phase,
      prevHash: ZERO,
    } as LogEntry;
    this.entries.push(entry);
    return entry;
  }

  phase(to: Phase, occurredMinute?: number): this {
    this.push(
      { kind: 'incidentChange', changes: [{ field: 'phase', from: this.state.phase, to }] },
      occurredMinute,
    );
    this.state.phase = to;
    return this;
  }

  visible(audience: Audience, to: Visibility): this {
    const from = this.state.visibility[audience];
    this.push({ kind: 'incidentChange', changes: [{ field: 'visibility', audience, from, to }] });
    this.state.visibility = { ...this.state.visibility, [audience]: to };
    return this;
  }

  natures(to: Nature[]): this {
    this.push({ kind: 'incidentChange', changes: [{ field: 'natures', from: this.state.natures, to }] });
    this.state.natures = to;
    return this;
  }

  close(): this {
    this.push({ kind: 'incidentChange', changes: [{ field: 'status', from: 'open', to: 'closed' }] });
    this.state.status = 'closed';
    return this;
  }

  send(
    audience: Audience,
    action: number | null,
    options: {
      to?: string[];
      forPhase?: Phase;
      occurredMinute?: number;
      nextUpdateMinute?: number;
      inReplyTo?: number;
    } = {},
  ): LogEntry {
    return this.push(
      {
        kind: 'messageSent',
        audience,
        action,
        recipients: (options.to ?? ['someone']).map((ref) => ({ name: ref, protocolRef: ref })),
        channel: 'telefoon',
        summary: `actie ${action}`,
        sentBy: 'Tester',
        ...(options.forPhase ? { forPhase: options.forPhase } : {}),
        ...(options.nextUpdateMinute !== undefined
          ? { nextUpdateAt: new Date(T0 + options.nextUpdateMinute * 60_000).toISOString() }
          : {}),
        ...(options.inReplyTo !== undefined ? { inReplyTo: options.inReplyTo } : {}),
      },
      options.occurredMinute,
    );
  }

  notApplicable(audience: Audience, action: number, phase: Phase, reason = 'past niet'): LogEntry {
    return this.push({
      kind: 'decision',
      summary: '',
      subject: { type: 'actionNotApplicable', audience, action, phase },
      reason,
    });
  }

  notNeeded(audience: Audience, action: number, phase: Phase): LogEntry {
    return this.push({
      kind: 'decision',
      summary: '',
      subject: { type: 'actionNotNeeded', audience, action, phase },
    });
  }

  exclude(audience: Audience, recipient: string): LogEntry {
    return this.push({
      kind: 'decision',
      summary: '',
      subject: { type: 'recipientExcluded', audience, recipient },
      reason: 'niet geraakt',
    });
  }

  notifyAp(occurredMinute?: number): LogEntry {
    return this.push(
      { kind: 'regulatorNotification', regulator: 'AP', notificationType: 'notification', summary: 'gemeld' },
      occurredMinute,
    );
  }

  build(): { incident: Incident; entries: LogEntry[] } {
    const created = this.entries[0]!;
    const lastPhase = [...this.entries]
      .reverse()
      .find((e) => e.kind === 'incidentChange' && (e.changes ?? []).some((c) => c.field === 'phase'));
    return {
      incident: {
        schemaVersion: 1,
        id: 'inc-test',
        title: 'Test',
        detectedAt: new Date(T0 + this.detectedMinute * 60_000).toISOString(),
        createdAt: created.recordedAt,
        natures: this.state.natures.length > 0 ? this.state.natures : ['unavailability'],
        visibility: this.state.visibility,
        phase: this.state.phase,
        phaseChangedAt: lastPhase?.occurredAt ?? created.recordedAt,
        isExercise: true,
        status: this.state.status,
        closedAt: this.state.status === 'closed' ? new Date(T0 + this.minute * 60_000).toISOString() : null,
      },
      entries: [...this.entries],
    };
  }

  judge(normMinutes = 60): IncidentVerdicts {
    const { incident, entries } = this.build();
    return judgeIncident({
      matrix: CIP_2020_MATRIX.cells,
      incident,
      entries: applyCorrections(entries),
      partners: PARTNERS,
      normMinutes,
    });
  }
}

export function verdict(result: IncidentVerdicts, phase: Phase, audience: Audience, action: number): Verdict {
  const v = result.audiences
    .find((a) => a.audience === audience)
    ?.phases.find((p) => p.phase === phase)
    ?.verdicts.find((x) => x.action === action);
  if (!v) throw new Error(`no verdict for ${phase} ${audience} ${action}`);
  return v;
}
