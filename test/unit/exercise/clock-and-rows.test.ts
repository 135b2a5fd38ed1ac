import { describe, expect, it } from 'vitest';
import type { ExerciseState } from '../../../shared/exercise/exercise-state';
import { dueInjects, injectRows } from '../../../shared/exercise/inject-rows';
import { elapsedAt, realTimeOf } from '../../../shared/exercise/scenario-clock';
import type { LogEntry } from '../../../shared/log/entry-schema';

const T0 = Date.parse('2026-11-19T08:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const S = 1000;
const MIN = 60 * S;

function state(overrides: Partial<ExerciseState> = {}): ExerciseState {
  return {
    schemaVersion: 1,
    incidentId: 'oefening-1',
    scenario: {
      schemaVersion: 1,
      title: 'Test',
      objectives: [],
      start: {
        natures: ['dataBreach'],
        phase: 'problemUnclear',
        visibility: {
          internal: 'certain',
          outsourcingPartners: 'no',
          chainPartners: 'no',
          customers: 'no',
          public: 'no',
        },
      },
      respondWithinMinutes: 15,
      injects: [
        {
          id: 'a',
          offsetMinutes: 0,
          from: 'SOC',
          channel: 'Mail',
          summary: 'a',
          expect: [{ audience: 'internal', action: 1 }],
        },
        {
          id: 'b',
          offsetMinutes: 30,
          from: 'Pers',
          channel: 'Tel',
          summary: 'b',
          expect: [{ audience: 'public', action: 3 }],
        },
        {
          id: 'c',
          offsetMinutes: 60,
          from: 'AP',
          channel: 'Mail',
          summary: 'c',
          expect: [{ description: 'plannen' }],
        },
      ],
    },
    loadedAt: iso(T0),
    loadedBy: 'Leider',
    status: 'running',
    // 60× from T0; paused 10 s at +20 s real (scenario 20 min), resumed at +30 s real
    clock: [
      { at: iso(T0), elapsedMs: 0, speed: 60, running: true },
      { at: iso(T0 + 20 * S), elapsedMs: 20 * MIN, speed: 60, running: false },
      { at: iso(T0 + 30 * S), elapsedMs: 20 * MIN, speed: 60, running: true },
    ],
    fired: [],
    skipped: [],
    adHoc: [],
    ticks: [],
    ...overrides,
  };
}

const sent = (seq: number, at: number, audience: 'internal' | 'public', action: number): LogEntry =>
  ({
    seq,
    incidentId: 'oefening-1',
    recordedAt: iso(at),
    occurredAt: iso(at),
    author: 'Speler',
    phase: 'problemUnclear',
    prevHash: '0'.repeat(64),
    kind: 'messageSent',
    audience,
    action,
    recipients: [],
    channel: 'Mail',
    summary: 'x',
    sentBy: 'Speler',
  }) as LogEntry;

describe('the scenario clock', () => {
  it('maps real time to scenario time across a pause, and back', () => {
    const s = state();
    expect(elapsedAt(s.clock, T0 + 10 * S)).toBe(10 * MIN);
    expect(elapsedAt(s.clock, T0 + 25 * S)).toBe(20 * MIN); // paused
    expect(elapsedAt(s.clock, T0 + 40 * S)).toBe(30 * MIN);
    expect(realTimeOf(s.clock, 30 * MIN)).toBe(T0 + 40 * S);
    expect(realTimeOf(s.clock.slice(0, 2), 30 * MIN)).toBeNull(); // standing still
  });

  it('only injects whose scenario time has come are due, skipped ones never', () => {
    const s = state();
    expect(dueInjects(s, new Date(T0 + 39 * S)).map((i) => i.id)).toEqual(['a']);
    expect(dueInjects(s, new Date(T0 + 40 * S)).map((i) => i.id)).toEqual(['a', 'b']);
    const skipping = state({ skipped: [{ injectId: 'b', at: iso(T0), by: 'Leider' }] });
    expect(dueInjects(skipping, new Date(T0 + 80 * S)).map((i) => i.id)).toEqual(['a', 'c']);
    expect(dueInjects(state({ status: 'paused' }), new Date(T0 + 80 * S))).toEqual([]);
  });
});

describe('responses to injects', () => {
  const fired = [
    { injectId: 'a', at: iso(T0), elapsedMs: 0, seq: 2 },
    { injectId: 'b', at: iso(T0 + 40 * S), elapsedMs: 30 * MIN, seq: 5 },
    { injectId: 'c', at: iso(T0 + 70 * S), elapsedMs: 60 * MIN, seq: 7 },
  ];

  it('times the first matching message in scenario minutes and judges it against the norm', () => {
    const entries = [
      sent(3, T0 + 5 * S, 'public', 1), // wrong audience: not a response to a
      sent(4, T0 + 8 * S, 'internal', 1), // 8 scenario minutes after a
      sent(6, T0 + 30 * S, 'public', 3), // before b fired: not a response to it
      sent(8, T0 + 60 * S, 'public', 3), // 20 scenario minutes after b: late
    ];
    const rows = injectRows(state({ fired }), entries, new Date(T0 + 90 * S));
    const [a, b, c] = rows;
    expect(a).toMatchObject({ injectId: 'a', delayMinutes: 8, verdict: 'onTime', firstResponseBy: 'log' });
    expect(a?.expect[0]).toMatchObject({ seq: 4 });
    expect(b).toMatchObject({ injectId: 'b', delayMinutes: 20, verdict: 'late' });
    // c expects only words: nothing in the log can meet it; 20 scenario minutes on, it is missing
    expect(c).toMatchObject({ injectId: 'c', firstResponseAt: null, verdict: 'missing' });
  });

  it("the leader's tick counts as a response; an inject still inside its window is waiting", () => {
    const ticks = [{ injectId: 'c', at: iso(T0 + 75 * S), by: 'Leider' }];
    const rows = injectRows(state({ fired, ticks }), [], new Date(T0 + 80 * S));
    expect(rows.find((r) => r.injectId === 'c')).toMatchObject({
      verdict: 'onTime',
      delayMinutes: 5,
      firstResponseBy: 'tick',
    });
    const early = injectRows(state({ fired: fired.slice(0, 2) }), [], new Date(T0 + 45 * S));
    expect(early.find((r) => r.injectId === 'b')?.verdict).toBe('waiting');
    expect(early.find((r) => r.injectId === 'c')).toMatchObject({
      state: 'upcoming',
      dueAt: iso(T0 + 70 * S),
    });
  });
});
