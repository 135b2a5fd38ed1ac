import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VisibilityByAudience } from '../../../shared/incident/schema';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import {
  type ActionOutcome,
  type EngineInput,
  evaluateMatrix,
  openActions,
  phaseTiming,
} from '../../../shared/matrix/engine';
import { AUDIENCES, NATURES, PHASES, VISIBILITIES } from '../../../shared/model/vocabulary';

const cells = CIP_2020_MATRIX.cells;
const allVisible: VisibilityByAudience = {
  internal: 'certain',
  outsourcingPartners: 'likely',
  chainPartners: 'certain',
  customers: 'likely',
  public: 'certain',
};

const arbNatures = fc.uniqueArray(fc.constantFrom(...NATURES), { minLength: 1, maxLength: 6 });
const arbVisibility = fc.record(
  Object.fromEntries(AUDIENCES.map((a) => [a, fc.constantFrom(...VISIBILITIES)])) as {
    [K in (typeof AUDIENCES)[number]]: fc.Arbitrary<(typeof VISIBILITIES)[number]>;
  },
);
const arbPhase = fc.constantFrom(...PHASES);
const arbOutcome: fc.Arbitrary<ActionOutcome> = fc.record({
  audience: fc.constantFrom(...AUDIENCES),
  action: fc.integer({ min: 1, max: 10 }),
  phase: arbPhase,
  status: fc.constantFrom('done' as const, 'notApplicable' as const),
  at: fc.constant('2026-03-01T10:00:00.000Z'),
  logSeq: fc.integer({ min: 1, max: 10_000 }),
});
/** A random organisation matrix, so the properties hold for any protocol, not only CIP's. */
const arbCells = fc.record(
  Object.fromEntries(
    AUDIENCES.map((a) => [
      a,
      fc.record(
        Object.fromEntries(
          PHASES.map((p) => [
            p,
            fc.record(
              Object.fromEntries(
                NATURES.map((n) => [n, fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 4 })]),
              ),
            ),
          ]),
        ),
      ),
    ]),
  ),
) as unknown as fc.Arbitrary<EngineInput['matrix']>;
const arbInput: fc.Arbitrary<EngineInput> = fc.record({
  matrix: fc.oneof(fc.constant(cells), arbCells),
  natures: arbNatures,
  visibility: arbVisibility,
  phase: arbPhase,
  outcomes: fc.array(arbOutcome, { maxLength: 30 }),
});

describe('matrix engine properties', () => {
  it('a cell holds exactly the union over the incident natures, ascending', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        for (const a of evaluateMatrix(input)) {
          for (const p of a.phases) {
            const union = new Set(input.natures.flatMap((n) => input.matrix[a.audience][p.phase][n]));
            expect(p.actions.map((s) => s.action)).toEqual([...union].sort((x, y) => x - y));
            for (const s of p.actions) {
              const asking = NATURES.filter(
                (n) => input.natures.includes(n) && input.matrix[a.audience][p.phase][n].includes(s.action),
              );
              expect(s.natures).toEqual(asking);
            }
          }
        }
      }),
    );
  });

  it('never recommends an action outside 1–10', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        for (const a of evaluateMatrix(input))
          for (const p of a.phases)
            for (const s of p.actions)
              expect(s.action >= 1 && s.action <= 10 && Number.isInteger(s.action)).toBe(true);
      }),
    );
  });

  it('never asks an audience with visibility "no" to act', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = evaluateMatrix(input);
        for (const a of result) {
          expect(a.active).toBe(a.visibility !== 'no');
          if (a.active) continue;
          for (const p of a.phases)
            for (const s of p.actions) expect(['open', 'missed']).not.toContain(s.status);
        }
        for (const o of openActions(result)) expect(input.visibility[o.audience]).not.toBe('no');
      }),
    );
  });

  it('partitions phases into past, one current, future, and statuses follow the timing', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const current = PHASES.indexOf(input.phase);
        for (const a of evaluateMatrix(input)) {
          expect(a.phases.map((p) => p.phase)).toEqual([...PHASES]);
          expect(a.phases.filter((p) => p.timing === 'current').map((p) => p.phase)).toEqual([input.phase]);
          a.phases.forEach((p, i) => {
            expect(p.timing).toBe(i < current ? 'past' : i === current ? 'current' : 'future');
            for (const s of p.actions) {
              if (s.outcome) expect(s.status).toBe(s.outcome.status);
              else if (p.timing === 'future' || !a.active) expect(s.status).toBe('preview');
              else expect(s.status).toBe(p.timing === 'past' ? 'missed' : 'open');
            }
          });
        }
      }),
    );
  });

  it('lists audiences in AUDIENCES order', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        expect(evaluateMatrix(input).map((a) => a.audience)).toEqual([...AUDIENCES]);
      }),
    );
  });

  it('openActions returns exactly the open items of the current row', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = evaluateMatrix(input);
        const expected = result.flatMap((a) =>
          a.phases
            .filter((p) => p.phase === input.phase)
            .flatMap((p) =>
              p.actions.filter((s) => s.status === 'open').map((s) => `${a.audience}:${s.action}`),
            ),
        );
        expect(openActions(result).map((o) => `${o.audience}:${o.action}`)).toEqual(expected);
        for (const o of openActions(result)) expect(o.phase).toBe(input.phase);
      }),
    );
  });
});

describe('matrix engine examples', () => {
  const base = { matrix: cells, visibility: allVisible, outcomes: [] as ActionOutcome[] };

  it('unions unavailability and data breach for customers in solutionClear', () => {
    const r = evaluateMatrix({ ...base, natures: ['unavailability', 'dataBreach'], phase: 'solutionClear' });
    const cell = r.find((a) => a.audience === 'customers')!.phases.find((p) => p.phase === 'solutionClear')!;
    expect(cell.actions.map((s) => [s.action, s.natures])).toEqual([
      [4, ['unavailability', 'dataBreach']],
      [5, ['unavailability']],
      [6, ['dataBreach']],
    ]);
    expect(cell.actions.every((s) => s.status === 'open')).toBe(true);
  });

  it('marks past actions without outcome as missed and those with one as done', () => {
    const outcomes: ActionOutcome[] = [
      {
        audience: 'internal',
        action: 1,
        phase: 'problemUnclear',
        status: 'done',
        at: '2026-03-01T10:00:00.000Z',
        logSeq: 4,
      },
    ];
    const r = evaluateMatrix({ ...base, natures: ['dataBreach'], phase: 'problemClear', outcomes });
    const internal = r.find((a) => a.audience === 'internal')!;
    expect(internal.phases[1]!.actions).toEqual([
      { action: 1, natures: ['dataBreach'], status: 'done', outcome: outcomes[0] },
    ]);
    const chain = r.find((a) => a.audience === 'chainPartners')!;
    expect(chain.phases[1]!.actions[0]!.status).toBe('missed');
    expect(chain.phases[2]!.actions.map((s) => s.status)).toEqual(['open', 'open']);
    expect(chain.phases[3]!.actions.every((s) => s.status === 'preview')).toBe(true);
  });

  it('treats a skipped phase as past: problemUnclear → solutionClear leaves problemClear missed', () => {
    const r = evaluateMatrix({ ...base, natures: ['unavailability'], phase: 'solutionClear' });
    expect(phaseTiming('problemClear', 'solutionClear')).toBe('past');
    expect(r[0]!.phases[2]!.actions.map((s) => s.status)).toEqual(['missed']);
  });

  it('prefers done over notApplicable, and the earliest done', () => {
    const at = '2026-03-01T10:00:00.000Z';
    const outcomes: ActionOutcome[] = [
      {
        audience: 'public',
        action: 3,
        phase: 'problemUnclear',
        status: 'notApplicable',
        at,
        logSeq: 2,
        reason: 'x',
      },
      { audience: 'public', action: 3, phase: 'problemUnclear', status: 'done', at, logSeq: 9 },
      { audience: 'public', action: 3, phase: 'problemUnclear', status: 'done', at, logSeq: 5 },
    ];
    const r = evaluateMatrix({ ...base, natures: ['generalThreat'], phase: 'problemUnclear', outcomes });
    expect(r[4]!.phases[1]!.actions[0]!.outcome?.logSeq).toBe(5);
  });

  it('reports outcomes the matrix did not ask for as extra', () => {
    const extra: ActionOutcome = {
      audience: 'internal',
      action: 4,
      phase: 'problemUnclear',
      status: 'done',
      at: '2026-03-01T10:00:00.000Z',
      logSeq: 3,
    };
    const r = evaluateMatrix({
      ...base,
      natures: ['generalThreat'],
      phase: 'problemUnclear',
      outcomes: [extra],
    });
    expect(r[0]!.phases[1]!.extraOutcomes).toEqual([extra]);
    expect(r[0]!.phases[1]!.actions.map((s) => s.action)).toEqual([1]);
  });

  it('shows nothing to do in negativePublicityOnly unless negative publicity is a nature', () => {
    const r = evaluateMatrix({ ...base, natures: ['dataBreach'], phase: 'negativePublicityOnly' });
    expect(openActions(r)).toEqual([]);
    const r2 = evaluateMatrix({ ...base, natures: ['negativePublicity'], phase: 'negativePublicityOnly' });
    expect(openActions(r2).map((o) => `${o.audience}:${o.action}`)).toEqual([
      'internal:1',
      'outsourcingPartners:1',
      'chainPartners:1',
      'customers:3',
      'public:3',
    ]);
  });

  it('dims an invisible audience: preview only, active false', () => {
    const r = evaluateMatrix({
      ...base,
      visibility: { ...allVisible, public: 'no' },
      natures: ['unavailability'],
      phase: 'solutionImplemented',
    });
    const pub = r[4]!;
    expect(pub.active).toBe(false);
    expect(pub.phases.flatMap((p) => p.actions.map((s) => s.status)).every((s) => s === 'preview')).toBe(
      true,
    );
    expect(openActions(r).some((o) => o.audience === 'public')).toBe(false);
  });
});
