import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { protocolSchema } from '../../../shared/protocol/schema';
import { mediaRoundCandidates, suggestsNegativePublicity } from '../../../shared/verdicts/media-rounds';
import { waitingItems } from '../../../shared/verdicts/waiting';

const T0 = Date.parse('2026-11-19T13:00:00.000Z'); // 14:00 in Amsterdam
const iso = (minute: number) => new Date(T0 + minute * 60_000).toISOString();

const sample = async () =>
  protocolSchema.parse(
    JSON.parse(await readFile(path.resolve('resources/sample/sample-protocol.json'), 'utf8')),
  );

function round(
  seq: number,
  minute: number,
  monitorId: string,
  tone: 'negative' | 'neutral',
  volume = 'low',
): LogEntry {
  return {
    seq,
    incidentId: 'inc-1',
    recordedAt: iso(minute),
    occurredAt: iso(minute),
    author: 'Yusuf Demir',
    phase: 'problemClear',
    prevHash: '0'.repeat(64),
    kind: 'observation',
    summary: 'Ronde',
    medium: 'Social media',
    tone,
    evaluatorNote: false,
    mediaRound: { monitorId, volume: volume as 'low' },
  } as LogEntry;
}

const strip = (candidates: ReturnType<typeof mediaRoundCandidates>, minute: number) =>
  waitingItems({
    candidates,
    clocks: [],
    nis2: { status: 'notApplicable' },
    detectedAt: iso(0),
    closed: false,
    now: new Date(T0 + minute * 60_000),
    locale: 'nl',
  }).filter((i) => i.kind === 'mediaRound');

describe('media rounds', () => {
  it("come due at the roster's frequency from the start, and again one interval after each round", async () => {
    const protocol = await sample();
    const incident = { createdAt: iso(0), status: 'open' as const };
    const input = { monitors: protocol.mediaMonitoring, people: protocol.people, incident, entries: [] };
    const social = mediaRoundCandidates(input).find((c) => c.monitorId === 'media-social-media');
    expect(social).toMatchObject({ watcher: 'Yusuf Demir', roundMinutes: 30, dueAt: iso(30), lastAt: null });
    // not in the strip until 10 minutes before, then with medium, time and watcher; overdue after
    expect(strip(mediaRoundCandidates(input), 15)).toEqual([]);
    const soon = strip(mediaRoundCandidates(input), 21);
    expect(soon.map((i) => i.summary)).toEqual(['Social media — volgende ronde 14:30 — Yusuf Demir']);
    expect(soon[0]?.overdue).toBe(false);
    expect(strip(mediaRoundCandidates(input), 31)[0]?.overdue).toBe(true);
    // a round at 14:33 moves the next one to 15:03
    const after = mediaRoundCandidates({
      ...input,
      entries: [round(5, 33, 'media-social-media', 'neutral')],
    });
    expect(after.find((c) => c.monitorId === 'media-social-media')?.dueAt).toBe(iso(63));
    // every followed medium has rounds: news sites hourly by default
    expect(after.find((c) => c.monitorId === 'media-news-sites')?.dueAt).toBe(iso(60));
    expect(mediaRoundCandidates({ ...input, incident: { ...incident, status: 'closed' } })).toEqual([]);
  });

  it("the roster's own frequency wins over the default; a frequency under 5 minutes is refused", async () => {
    const protocol = await sample();
    const raw = JSON.parse(JSON.stringify(protocol));
    raw.mediaMonitoring[1].roundMinutes = 15;
    const own = protocolSchema.parse(raw);
    const input = {
      monitors: own.mediaMonitoring,
      people: own.people,
      incident: { createdAt: iso(0), status: 'open' as const },
      entries: [],
    };
    expect(mediaRoundCandidates(input).find((c) => c.monitorId === 'media-social-media')?.dueAt).toBe(
      iso(15),
    );
    raw.mediaMonitoring[1].roundMinutes = 3;
    expect(protocolSchema.safeParse(raw).success).toBe(false);
  });

  it('a negative turn suggests the nature negative publicity, once, and never when it is there', () => {
    const first = round(2, 10, 'media-social-media', 'neutral');
    const turn = round(3, 40, 'media-social-media', 'negative');
    const again = round(4, 70, 'media-social-media', 'negative', 'moderate');
    const storm = round(5, 100, 'media-social-media', 'negative', 'storm');
    const entries = [first, turn, again, storm];
    expect(suggestsNegativePublicity(entries, first, ['dataBreach'])).toBe(false);
    expect(suggestsNegativePublicity(entries, turn, ['dataBreach'])).toBe(true);
    expect(suggestsNegativePublicity(entries, again, ['dataBreach'])).toBe(false);
    expect(suggestsNegativePublicity(entries, storm, ['dataBreach'])).toBe(true);
    expect(suggestsNegativePublicity(entries, turn, ['dataBreach', 'negativePublicity'])).toBe(false);
  });
});
