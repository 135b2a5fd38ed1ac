import type { ClockStretch } from '../exercise/exercise-state';
import { scenarioDueAt } from '../exercise/round-clock';
import type { Incident } from '../incident/schema';
import type { LogEntry, MediaVolume } from '../log/entry-schema';
import type { Nature } from '../model/vocabulary';
import { type MediaMonitor, roundMinutesOf } from '../protocol/media';
import type { Person } from '../protocol/people';

/** A medium's next round, worked out from the roster and the log (the board decides when it is due). */
export interface MediaRoundCandidate {
  kind: 'mediaRound';
  monitorId: string;
  medium: string;
  /** who watches it (the deputy when there is no one responsible); null when the roster names nobody */
  watcher: string | null;
  roundMinutes: number;
  /** when the last round was recorded (occurredAt); null before the first */
  lastAt: string | null;
  dueAt: string;
  /** the exercise's clock speed (absent outside an exercise): the strip's notice shrinks with it */
  speed?: number;
}

type Round = Extract<LogEntry, { kind: 'observation' }> & {
  mediaRound: NonNullable<Extract<LogEntry, { kind: 'observation' }>['mediaRound']>;
};

export function isMediaRound(entry: LogEntry): entry is Round {
  return entry.kind === 'observation' && entry.mediaRound !== undefined;
}

/**
 * Every medium the roster follows gets rounds at its frequency from the moment the incident was
 * created: the next is due one interval after the last recorded round (or after the start).
 * `entries` are the log after corrections. A closed incident waits for nothing.
 */
export function mediaRoundCandidates(input: {
  monitors: readonly MediaMonitor[];
  people: readonly Pick<Person, 'id' | 'name'>[];
  incident: Pick<Incident, 'createdAt' | 'status'>;
  entries: readonly LogEntry[];
  /** the exercise's scenario clock: rounds then come due in scenario time (issue 16) */
  clock?: readonly ClockStretch[];
}): MediaRoundCandidate[] {
  if (input.incident.status === 'closed') return [];
  const names = new Map(input.people.map((p) => [p.id, p.name]));
  const last = new Map<string, string>();
  for (const e of input.entries) {
    if (!isMediaRound(e)) continue;
    const before = last.get(e.mediaRound.monitorId);
    if (!before || Date.parse(e.occurredAt) > Date.parse(before))
      last.set(e.mediaRound.monitorId, e.occurredAt);
  }
  return input.monitors
    .filter((m) => m.tasks.followMedia)
    .map((m) => {
      const minutes = roundMinutesOf(m);
      const lastAt = last.get(m.id) ?? null;
      const from = Date.parse(lastAt ?? input.incident.createdAt);
      const due = scenarioDueAt(input.clock ?? [], from, minutes);
      const watcherId = m.responsibleId ?? m.deputyId;
      return {
        kind: 'mediaRound' as const,
        monitorId: m.id,
        medium: m.medium,
        watcher: watcherId ? (names.get(watcherId) ?? null) : null,
        roundMinutes: minutes,
        lastAt,
        dueAt: new Date(due.dueMs).toISOString(),
        ...(input.clock && input.clock.length > 0 ? { speed: due.speed } : {}),
      };
    });
}

const LOUD: readonly MediaVolume[] = ['high', 'storm'];

/**
 * Whether a recorded round is a negative turn worth suggesting the nature "negative publicity":
 * the tone is negative and either the medium was not negative before or the volume is high. Only
 * a suggestion — the team decides; nothing changes the natures by itself.
 */
export function suggestsNegativePublicity(
  entries: readonly LogEntry[],
  round: LogEntry,
  natures: readonly Nature[],
): boolean {
  if (natures.includes('negativePublicity') || !isMediaRound(round) || round.tone !== 'negative')
    return false;
  const earlier = entries.filter(
    (e): e is Round =>
      isMediaRound(e) && e.seq < round.seq && e.mediaRound.monitorId === round.mediaRound.monitorId,
  );
  const previous = earlier.at(-1);
  return previous?.tone !== 'negative' || LOUD.includes(round.mediaRound.volume);
}
