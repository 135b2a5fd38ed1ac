import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClockStretch } from '../../../shared/exercise/exercise-state';
import { scenarioDueAt } from '../../../shared/exercise/round-clock';
import { waitingItems } from '../../../shared/verdicts/waiting';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

const T0 = Date.parse('2026-11-19T13:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

describe('media rounds on the exercise clock (pure)', () => {
  it('at 60× a 30-minute round is due 30 s after the start; after a pause it moves with the pause', () => {
    const running: ClockStretch[] = [{ at: at(0), elapsedMs: 0, speed: 60, running: true }];
    // counted from the incident's creation a minute before the start: the scenario only runs from the start
    expect(scenarioDueAt(running, T0 - 60_000, 30)).toEqual({ dueMs: T0 + 30_000, speed: 60 });
    // paused at 10 s (scenario 10 min), resumed at 100 s: the remaining 20 scenario minutes take 20 s
    const paused: ClockStretch[] = [
      ...running,
      { at: at(10), elapsedMs: 600_000, speed: 60, running: false },
      { at: at(100), elapsedMs: 600_000, speed: 60, running: true },
    ];
    expect(scenarioDueAt(paused, T0, 30).dueMs).toBe(T0 + 120_000);
    // a round recorded at 110 s (scenario 30 min): the next is 30 scenario minutes on, 140 s
    expect(scenarioDueAt(paused, T0 + 110_000, 30).dueMs).toBe(T0 + 140_000);
    // no exercise clock: plain real time
    expect(scenarioDueAt([], T0, 30)).toEqual({ dueMs: T0 + 1_800_000, speed: 1 });
  });
});

let app: TestBackend;
beforeEach(async () => {
  app = await startTestBackend('ketenbord-media-speed-');
  await app.call('protocol.loadSample', { confirm: true });
});
afterEach(async () => {
  await app.close();
});

describe('media rounds in a running exercise at 60×', () => {
  it("come due at the roster's frequency in scenario time, and join the strip in time", async () => {
    const view = await app.call('exercise.load', { author: 'Oefenleider', source: { kind: 'sample' } });
    await app.call('exercise.setSpeed', { incidentId: view.incidentId, speed: 60 });
    const started = await app.call('exercise.control', {
      incidentId: view.incidentId,
      author: 'Oefenleider',
      command: 'start',
    });
    const startMs = Date.parse(started.startedAt ?? '');
    const board = await app.call('board.state', { incidentId: view.incidentId, operator: true });
    const rounds = board.waiting.flatMap((c) => (c.kind === 'mediaRound' ? [c] : []));
    const social = rounds.find((c) => c.monitorId === 'media-social-media');
    // the sample roster: social media every 30 minutes, news sites hourly
    expect(social?.roundMinutes).toBe(30);
    expect(Date.parse(social?.dueAt ?? '') - startMs).toBe(30_000);
    const news = rounds.find((c) => c.monitorId === 'media-news-sites');
    expect(Date.parse(news?.dueAt ?? '') - startMs).toBe(60_000);

    // the strip: the 10-minute notice is 10 s at 60×, overdue after 30 s
    const strip = (seconds: number) =>
      waitingItems({
        candidates: rounds,
        clocks: [],
        nis2: { status: 'notApplicable' },
        detectedAt: started.now,
        closed: false,
        now: new Date(startMs + seconds * 1000),
        locale: 'nl',
      }).filter((i) => i.kind === 'mediaRound');
    expect(strip(15)).toEqual([]);
    expect(strip(21).map((i) => [i.summary.split(' — ')[0], i.overdue])).toEqual([['Social media', false]]);
    expect(strip(31).find((i) => i.summary.startsWith('Social media'))?.overdue).toBe(true);

    // recording a round moves the next one 30 scenario minutes (30 s) on
    const recorded = await app.call('media.recordRound', {
      incidentId: view.incidentId,
      author: 'Yusuf Demir',
      monitorId: 'media-social-media',
      volume: 'low',
      tone: 'neutral',
      summary: 'Een paar vragen op X',
      links: [],
    });
    expect(recorded.seq).toBeGreaterThan(0);
    const after = await app.call('board.state', { incidentId: view.incidentId, operator: true });
    const next = after.waiting.find((c) => c.kind === 'mediaRound' && c.monitorId === 'media-social-media');
    const journalNow = Date.now();
    expect(Date.parse(next?.kind === 'mediaRound' ? next.dueAt : '')).toBeGreaterThan(journalNow + 25_000);
    expect(Date.parse(next?.kind === 'mediaRound' ? next.dueAt : '')).toBeLessThanOrEqual(
      journalNow + 30_000,
    );
    await app.call('exercise.control', {
      incidentId: view.incidentId,
      author: 'Oefenleider',
      command: 'pause',
    });
  });
});
