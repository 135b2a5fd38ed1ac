import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { applyCorrections } from '../../../shared/matrix/outcomes';
import {
  AUDIENCES,
  type Audience,
  NATURES,
  type Nature,
  PHASES,
  type Phase,
  VISIBILITIES,
  type Visibility,
} from '../../../shared/model/vocabulary';
import { flattenVerdicts, judgeIncident } from '../../../shared/verdicts/judge';
import type { IncidentVerdicts } from '../../../shared/verdicts/types';
import { PARTNERS, Scenario, T0 } from './scenario';

type Op =
  | { op: 'phase'; to: Phase }
  | { op: 'visible'; audience: Audience; to: Visibility }
  | { op: 'natures'; to: Nature[] }
  | { op: 'send'; audience: Audience; action: number; forPhase: Phase | null; to: string[] }
  | { op: 'na'; audience: Audience; action: number; phase: Phase }
  | { op: 'notNeeded'; audience: Audience; action: number; phase: Phase }
  | { op: 'exclude'; audience: Audience; recipient: string };

const phase = fc.constantFrom(...PHASES);
const audience = fc.constantFrom(...AUDIENCES);
const natures = fc.subarray([...NATURES], { minLength: 1 });
const action = fc.integer({ min: 1, max: 10 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('phase' as const), to: phase }),
  fc.record({ op: fc.constant('visible' as const), audience, to: fc.constantFrom(...VISIBILITIES) }),
  fc.record({ op: fc.constant('natures' as const), to: natures }),
  fc.record({
    op: fc.constant('send' as const),
    audience,
    action,
    forPhase: fc.option(phase, { nil: null }),
    to: fc.subarray(['vgu', 'sppd', 'hostco', 'p-sppd', 'x']),
  }),
  fc.record({ op: fc.constant('na' as const), audience, action, phase }),
  fc.record({ op: fc.constant('notNeeded' as const), audience, action, phase }),
  fc.record({
    op: fc.constant('exclude' as const),
    audience,
    recipient: fc.constantFrom('vgu', 'sppd', 'hostco'),
  }),
);

const history = fc.record({
  start: fc.record({
    phase,
    natures,
    visible: fc.record(
      Object.fromEntries(AUDIENCES.map((a) => [a, fc.constantFrom(...VISIBILITIES)])) as {
        [K in Audience]: fc.Arbitrary<Visibility>;
      },
    ),
  }),
  steps: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 120 }), op }), { maxLength: 25 }),
  closeAtEnd: fc.boolean(),
});

interface Snapshot {
  minute: number;
  phase: Phase;
  visibility: Record<Audience, Visibility>;
}

/** Replays the steps on a Scenario, and independently keeps what held when (to check the engine against). */
type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

function play(h: History, upTo = h.steps.length) {
  const s = new Scenario({ ...h.start, natures: h.start.natures });
  const snapshots: Snapshot[] = [{ minute: 0, phase: h.start.phase, visibility: { ...h.start.visible } }];
  let minute = 0;
  let current = snapshots[0]!;
  for (const { gap, op } of h.steps.slice(0, upTo)) {
    minute += gap;
    s.at(minute);
    if (op.op === 'phase' && op.to !== current.phase) {
      s.phase(op.to);
      current = { ...current, minute, phase: op.to };
      snapshots.push(current);
    } else if (op.op === 'visible' && op.to !== current.visibility[op.audience]) {
      s.visible(op.audience, op.to);
      current = { ...current, minute, visibility: { ...current.visibility, [op.audience]: op.to } };
      snapshots.push(current);
    } else if (op.op === 'natures') s.natures(op.to);
    else if (op.op === 'send')
      s.send(op.audience, op.action, { to: op.to, ...(op.forPhase ? { forPhase: op.forPhase } : {}) });
    else if (op.op === 'na') s.notApplicable(op.audience, op.action, op.phase);
    else if (op.op === 'notNeeded') s.notNeeded(op.audience, op.action, op.phase);
    else if (op.op === 'exclude') s.exclude(op.audience, op.recipient);
  }
  if (h.closeAtEnd && upTo === h.steps.length) s.at(minute + 1).close();
  return { scenario: s, snapshots };
}

const stateAt = (snapshots: readonly Snapshot[], ms: number): Snapshot => {
  let found = snapshots[0]!;
  for (const s of snapshots) if (T0 + s.minute * 60_000 <= ms) found = s;
  return found;
};

const OWING = new Set(['open', 'missed', 'partial', 'doneLate']);
const DONE = new Set(['done', 'doneLate', 'satisfiedEarlier']);
const keyOf = (v: { phase: string; audience: string; action: number }) =>
  `${v.phase}|${v.audience}|${v.action}`;

describe('verdict properties over random incident histories', () => {
  it('nothing is owed before the incident existed or while the audience could not see it', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { scenario, snapshots } = play(h);
        const r = scenario.judge();
        for (const v of flattenVerdicts(r)) {
          if (!OWING.has(v.status)) continue;
          expect(v.owedFrom).toBeDefined();
          const owed = Date.parse(v.owedFrom!);
          expect(owed).toBeGreaterThanOrEqual(Date.parse(r.trackedFrom));
          // at the moment it became owed, the incident was in that phase and the audience could see it
          const held = stateAt(snapshots, owed);
          expect(held.phase).toBe(v.phase);
          expect(held.visibility[v.audience]).not.toBe('no');
        }
        for (const a of r.audiences) {
          for (const p of a.phases) {
            if (p.timing === 'notTracked')
              for (const v of p.verdicts)
                expect(['notRequired', 'done', 'notApplicable', 'notNeeded', 'satisfiedEarlier']).toContain(
                  v.status,
                );
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a done action never turns back as the log grows', () => {
    fc.assert(
      fc.property(history, (h) => {
        let before = new Map<string, string>();
        for (let k = 0; k <= h.steps.length; k++) {
          const r = play(h, k).scenario.judge();
          const now = new Map(flattenVerdicts(r).map((v) => [keyOf(v), v.status]));
          for (const [key, status] of before) {
            if (!DONE.has(status) || !now.has(key)) continue;
            expect(DONE.has(now.get(key)!), `${key}: ${status} → ${now.get(key)}`).toBe(true);
          }
          before = now;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the same log always gives the same verdicts, whatever order the lines are handed in', () => {
    fc.assert(
      fc.property(history, fc.integer(), (h, seed) => {
        const { incident, entries } = play(h).scenario.build();
        const judge = (list: typeof entries): IncidentVerdicts =>
          judgeIncident({
            matrix: CIP_2020_MATRIX.cells,
            incident,
            entries: applyCorrections(list),
            partners: PARTNERS,
            normMinutes: 60,
          });
        const shuffled = [...entries].sort(
          (a, b) => ((a.seq * 7919 + seed) % 101) - ((b.seq * 7919 + seed) % 101),
        );
        expect(judge(shuffled)).toEqual(judge(entries));
        expect(judge(entries)).toEqual(judge(entries));
      }),
      { numRuns: 1000 },
    );
  });
});
