import { LEGAL_CLOCK_LABELS } from '../clocks/labels';
import type { LegalClock, Nis2Decision } from '../clocks/legal-clocks';
import { fill } from '../log/describe';
import type { LogEntry } from '../log/entry-schema';
import { formatAmsterdam } from '../log/time';
import { actionDefinition } from '../matrix/actions';
import { AUDIENCE_LABELS, type Locale } from '../matrix/labels';
import type { Audience, LegalClockId, Phase } from '../model/vocabulary';
import type { MediaRoundCandidate } from './media-rounds';
import { shortOrganisationName } from './partners';
import type { IncidentVerdicts } from './types';

export const WAITING_KINDS = [
  'question',
  'promisedUpdate',
  'openAction',
  'legalDeadline',
  'mediaRound',
] as const;
export type WaitingKind = (typeof WAITING_KINDS)[number];

/**
 * What may be waiting, worked out from the log without a clock (the back end sends these to the
 * board): questions not yet answered, updates promised and not yet sent, actions due in the current
 * phase. Whether they are overdue depends on the time, so `waitingItems` decides that.
 */
export type WaitingCandidate =
  | {
      kind: 'question';
      seq: number;
      from: string;
      summary: string;
      receivedAt: string;
      answerBy: string | null;
    }
  | { kind: 'promisedUpdate'; seq: number; audience: Audience; promisedFor: string; sentAt: string }
  | {
      kind: 'openAction';
      audience: Audience;
      action: number;
      phase: Phase;
      dueAt: string;
      /** partner organisations still to be told (names) */
      notTold: string[];
    }
  | MediaRoundCandidate;

export interface WaitingItem {
  kind: WaitingKind;
  /** ISO time by which it is due; null when no time was set */
  dueAt: string | null;
  overdue: boolean;
  /** one line in the reader's language */
  summary: string;
  seq?: number;
  audience?: Audience;
  action?: number;
  phase?: Phase;
  clock?: LegalClockId | 'nis2Significance';
  /** legal deadlines: the article the deadline rests on */
  basis?: string;
  /** media rounds: the medium in the protocol's roster */
  monitorId?: string;
}

/**
 * The candidates from the log after corrections. A question is answered when it is marked so (a
 * correction of "awaits an answer") or a message names it as the one it answers; a promised update
 * is kept when a later message goes to the same audience.
 */
export function waitingCandidates(
  entries: readonly LogEntry[],
  verdicts: IncidentVerdicts,
): WaitingCandidate[] {
  if (verdicts.closed) return [];
  const answered = new Set<number>();
  const lastSentTo = new Map<Audience, number>();
  for (const e of entries) {
    if (e.kind !== 'messageSent') continue;
    if (e.inReplyTo !== undefined) answered.add(e.inReplyTo);
    const at = Date.parse(e.occurredAt);
    if (at > (lastSentTo.get(e.audience) ?? Number.NEGATIVE_INFINITY)) lastSentTo.set(e.audience, at);
  }
  const candidates: WaitingCandidate[] = [];
  for (const e of entries) {
    if (e.kind === 'messageReceived' && e.awaitsAnswer && !answered.has(e.seq)) {
      candidates.push({
        kind: 'question',
        seq: e.seq,
        from: e.from,
        summary: e.summary,
        receivedAt: e.occurredAt,
        answerBy: e.answerBy ?? null,
      });
    } else if (e.kind === 'messageSent' && e.nextUpdateAt) {
      const sent = Date.parse(e.occurredAt);
      if ((lastSentTo.get(e.audience) ?? sent) > sent) continue;
      candidates.push({
        kind: 'promisedUpdate',
        seq: e.seq,
        audience: e.audience,
        promisedFor: e.nextUpdateAt,
        sentAt: e.occurredAt,
      });
    }
  }
  for (const a of verdicts.audiences) {
    for (const p of a.phases) {
      if (p.timing !== 'current') continue;
      for (const v of p.verdicts) {
        if ((v.status !== 'open' && v.status !== 'partial') || !v.dueAt || v.conditional) continue;
        candidates.push({
          kind: 'openAction',
          audience: v.audience,
          action: v.action,
          phase: v.phase,
          dueAt: v.dueAt,
          notTold: (v.recipients?.notTold ?? []).map((id) =>
            shortOrganisationName(verdicts.organisations[id] ?? id),
          ),
        });
      }
    }
  }
  return candidates;
}

const TEXT = {
  question: { nl: 'Vraag van {from}: {summary}', en: 'Question from {from}: {summary}' },
  promisedUpdate: { nl: 'Beloofde update aan {audience}', en: 'Promised update to {audience}' },
  openAction: {
    nl: 'Actie {action} {label} — {audience}{rest}',
    en: 'Action {action} {label} — {audience}{rest}',
  },
  stillToTell: { nl: ' ({names} nog niet)', en: ' ({names} not yet)' },
  clock: { nl: '{name}', en: '{name}' },
  mediaRound: {
    nl: '{medium} — volgende ronde {time} — {watcher}',
    en: '{medium} — next round {time} — {watcher}',
  },
  noWatcher: { nl: 'niemand aangewezen', en: 'nobody assigned' },
  nis2: {
    nl: 'Beoordeel of dit een significant incident is (NIS2)',
    en: 'Decide whether this is a significant incident (NIS2)',
  },
} as const;

const NIS2_QUESTION_HOURS = 24;
/** a media round joins the strip this long before it is due, so the watcher can get ready */
export const MEDIA_ROUND_NOTICE_MS = 10 * 60_000;

/**
 * The waiting strip at `now`, sorted by due time (items without one last): unanswered questions,
 * promised updates, actions open beyond the norm, running legal deadlines and, where NIS2 applies
 * and the team has not decided, the significance question (due when an early warning would be).
 */
export function waitingItems(input: {
  candidates: readonly WaitingCandidate[];
  clocks: readonly LegalClock[];
  nis2: Nis2Decision;
  detectedAt: string;
  closed: boolean;
  now: Date;
  locale: Locale;
}): WaitingItem[] {
  if (input.closed) return [];
  const { locale } = input;
  const now = input.now.getTime();
  const overdue = (dueAt: string | null) => dueAt !== null && Date.parse(dueAt) < now;
  const items: WaitingItem[] = [];
  for (const c of input.candidates) {
    if (c.kind === 'question') {
      items.push({
        kind: 'question',
        dueAt: c.answerBy,
        overdue: overdue(c.answerBy),
        summary: fill(TEXT.question[locale], { from: c.from, summary: c.summary }),
        seq: c.seq,
      });
    } else if (c.kind === 'promisedUpdate') {
      items.push({
        kind: 'promisedUpdate',
        dueAt: c.promisedFor,
        overdue: overdue(c.promisedFor),
        summary: fill(TEXT.promisedUpdate[locale], { audience: AUDIENCE_LABELS[c.audience].short[locale] }),
        seq: c.seq,
        audience: c.audience,
      });
    } else if (c.kind === 'mediaRound') {
      // in an exercise at N× the notice is N times shorter, like the round itself
      if (Date.parse(c.dueAt) - now > MEDIA_ROUND_NOTICE_MS / (c.speed ?? 1)) continue;
      items.push({
        kind: 'mediaRound',
        dueAt: c.dueAt,
        overdue: overdue(c.dueAt),
        summary: fill(TEXT.mediaRound[locale], {
          medium: c.medium,
          time: formatAmsterdam(c.dueAt, 'HH:mm'),
          watcher: c.watcher ?? TEXT.noWatcher[locale],
        }),
        monitorId: c.monitorId,
      });
    } else if (overdue(c.dueAt)) {
      // An action only waits here once it is open longer than the norm; before that the matrix shows it.
      const rest =
        c.notTold.length > 0 ? fill(TEXT.stillToTell[locale], { names: c.notTold.join(', ') }) : '';
      items.push({
        kind: 'openAction',
        dueAt: c.dueAt,
        overdue: true,
        summary: fill(TEXT.openAction[locale], {
          action: c.action,
          label: actionDefinition(c.action)?.label[locale] ?? '',
          audience: AUDIENCE_LABELS[c.audience].short[locale],
          rest,
        }),
        audience: c.audience,
        action: c.action,
        phase: c.phase,
      });
    }
  }
  for (const clock of input.clocks) {
    if (clock.state !== 'running') continue;
    const label = LEGAL_CLOCK_LABELS[clock.id];
    items.push({
      kind: 'legalDeadline',
      dueAt: clock.deadline,
      overdue: clock.remainingMs <= 0,
      summary: fill(TEXT.clock[locale], { name: label.short[locale] }),
      clock: clock.id,
      basis: label.basis[locale],
    });
  }
  if (input.nis2.status === 'undecided') {
    const dueAt = new Date(Date.parse(input.detectedAt) + NIS2_QUESTION_HOURS * 3_600_000).toISOString();
    items.push({
      kind: 'legalDeadline',
      dueAt,
      overdue: overdue(dueAt),
      summary: TEXT.nis2[locale],
      clock: 'nis2Significance',
    });
  }
  return items.sort(
    (a, b) =>
      (a.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(a.dueAt)) -
        (b.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(b.dueAt)) || a.kind.localeCompare(b.kind),
  );
}
