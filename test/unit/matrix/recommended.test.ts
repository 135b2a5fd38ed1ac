import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { recommendedActions } from '../../../shared/matrix/recommended';
import type { MatrixCells } from '../../../shared/matrix/schema';
import { AUDIENCES, NATURES, PHASES } from '../../../shared/model/vocabulary';

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
) as unknown as fc.Arbitrary<MatrixCells>;

describe('recommendedActions', () => {
  it('is exactly the union over the natures, ascending, each with the natures asking for it', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(CIP_2020_MATRIX.cells), arbCells),
        fc.uniqueArray(fc.constantFrom(...NATURES), { minLength: 1 }),
        (matrix, natures) => {
          for (const audience of AUDIENCES) {
            for (const phase of PHASES) {
              const got = recommendedActions(matrix, audience, phase, natures);
              const union = new Set(natures.flatMap((n) => matrix[audience][phase][n]));
              expect(got.map((r) => r.action)).toEqual([...union].sort((x, y) => x - y));
              for (const r of got) {
                expect(r.natures).toEqual(
                  NATURES.filter((n) => natures.includes(n) && matrix[audience][phase][n].includes(r.action)),
                );
              }
            }
          }
        },
      ),
    );
  });

  it('unions unavailability and data breach for customers in "oplossing duidelijk"', () => {
    expect(
      recommendedActions(CIP_2020_MATRIX.cells, 'customers', 'solutionClear', [
        'unavailability',
        'dataBreach',
      ]),
    ).toEqual([
      { action: 4, natures: ['unavailability', 'dataBreach'] },
      { action: 5, natures: ['unavailability'] },
      { action: 6, natures: ['dataBreach'] },
    ]);
  });

  it('asks nothing in "alleen negatieve publiciteit" unless negative publicity is a nature', () => {
    expect(
      recommendedActions(CIP_2020_MATRIX.cells, 'internal', 'negativePublicityOnly', ['dataBreach']),
    ).toEqual([]);
    expect(
      AUDIENCES.map((a) =>
        recommendedActions(CIP_2020_MATRIX.cells, a, 'negativePublicityOnly', ['negativePublicity']).map(
          (r) => r.action,
        ),
      ),
    ).toEqual([[1], [1], [1], [3], [3]]);
  });
});
