import { describe, expect, it } from 'vitest';
import data from '../../../resources/matrix/cip-2020.json';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { matrixFileSchema } from '../../../shared/matrix/schema';
import { AUDIENCES, NATURES, PHASES } from '../../../shared/model/vocabulary';

/*
 * Bijlage II, transcribed a second time by hand from the handreiking (not generated from the JSON).
 * One string per phase row, in PHASES order; six columns separated by '|', in NATURES order:
 *   negativePublicity | generalThreat | targetedThreat | unavailability | dataBreach | dataManipulation
 * An empty column is an empty cell in the handreiking.
 */
const EXPECTED: Record<(typeof AUDIENCES)[number], string[]> = {
  internal: [
    '1 |   |   |     |     |',
    '1 | 1 | 1 | 1   | 1   | 1',
    '2 | 2 | 2 | 2   | 2,6 | 2,6',
    '  | 2 | 2 | 2,5 | 2,6 | 2,5,6',
    '  | 7 | 7 | 8,9 | 7   | 8,9',
    '  |   |   | 10  | 10  | 10',
  ],
  outsourcingPartners: [
    '1 |   |   |     |     |',
    '1 | 1 | 1 | 1   | 1   | 1',
    '2 | 2 | 2 | 2   | 2,6 | 2,6',
    '  | 2 | 2 | 2,5 | 2,6 | 2,5,6',
    '  | 7 | 7 | 8,9 | 7   | 8,9',
    '  |   |   | 10  | 10  | 10',
  ],
  chainPartners: [
    '1 |   |   |     |     |',
    '1 | 1 | 1 | 1   | 1   | 1',
    '2 | 2 | 2 | 2   | 2,6 | 2,6',
    '  | 2 | 2 | 2,5 | 2,6 | 2,5,6',
    '  | 7 | 7 | 8,9 | 7   | 8,9',
    '  |   |   | 10  | 10  | 10',
  ],
  customers: [
    '3 |   |   |     |     |',
    '3 | 3 | 3 | 3   | 3   | 3',
    '4 | 4 | 4 | 4   | 4,6 | 4,6',
    '  | 4 | 4 | 4,5 | 4,6 | 4,5,6',
    '  | 7 | 7 | 8,9 | 7   | 8,9',
    '  |   |   | 10  | 10  | 10',
  ],
  public: [
    '3 |   |   |     |     |',
    '3 | 3 | 3 | 3   | 3   | 3',
    '3 | 3 | 3 | 3   | 3   | 3',
    '  | 3 | 3 | 3   | 3   | 3',
    '  | 3 | 3 | 3,8 | 3,8 | 3,8',
    '  |   |   |     |     |',
  ],
};

function parseRow(row: string): number[][] {
  const cols = row.split('|').map((c) => c.trim());
  expect(cols).toHaveLength(NATURES.length);
  return cols.map((c) => (c === '' ? [] : c.split(',').map(Number)));
}

const cases = AUDIENCES.flatMap((audience) =>
  PHASES.flatMap((phase, p) =>
    NATURES.map((nature, n) => ({ audience, phase, nature, expected: parseRow(EXPECTED[audience][p]!)[n]! })),
  ),
);

describe('CIP 2020 matrix, cell by cell against Bijlage II', () => {
  it('covers all 5 × 6 × 6 cells', () => {
    expect(cases).toHaveLength(180);
  });

  it.each(cases)('$audience / $phase / $nature → $expected', ({ audience, phase, nature, expected }) => {
    expect(CIP_2020_MATRIX.cells[audience][phase][nature]).toEqual(expected);
  });

  it('has no cell beyond the 180 expected ones', () => {
    expect(Object.keys(data.cells)).toEqual([...AUDIENCES]);
    for (const a of AUDIENCES) {
      expect(Object.keys(data.cells[a])).toEqual([...PHASES]);
      for (const p of PHASES) expect(Object.keys(data.cells[a][p])).toEqual([...NATURES]);
    }
  });
});

describe('cip-2020.json as a file', () => {
  it('validates with matrixFileSchema', () => {
    expect(matrixFileSchema.safeParse(data).success).toBe(true);
  });

  it('carries the id and exactly the vocabulary order', () => {
    expect(data.id).toBe('cip-2020');
    expect(data.audiences).toEqual([...AUDIENCES]);
    expect(data.phases).toEqual([...PHASES]);
    expect(data.natures).toEqual([...NATURES]);
  });

  it('keeps every cell ascending and free of duplicates', () => {
    for (const a of AUDIENCES)
      for (const p of PHASES)
        for (const n of NATURES) {
          const cell = CIP_2020_MATRIX.cells[a][p][n];
          expect([...new Set(cell)].sort((x, y) => x - y)).toEqual(cell);
        }
  });

  it('asks for negativePublicityOnly actions only in the negativePublicity column', () => {
    for (const a of AUDIENCES)
      for (const n of NATURES)
        if (n !== 'negativePublicity') expect(CIP_2020_MATRIX.cells[a].negativePublicityOnly[n]).toEqual([]);
  });
});
