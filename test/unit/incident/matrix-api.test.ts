import { describe, expect, it } from 'vitest';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { withBackend } from './workspace';

describe('the organisation matrix', () => {
  it('starts as CIP, records changes with their difference, and resets', async () => {
    await withBackend({ sample: true }, async ({ call }) => {
      const start = await call('matrix.get', {});
      expect(start.isCip).toBe(true);
      expect(start.diff).toEqual([]);

      const cells = structuredClone(CIP_2020_MATRIX.cells);
      cells.public.problemUnclear.negativePublicity = [3, 1, 3];
      const saved = await call('matrix.update', { cells });
      expect(saved.isCip).toBe(false);
      expect(saved.cells.public.problemUnclear.negativePublicity).toEqual([1, 3]);
      expect(saved.diff).toHaveLength(1);
      expect(saved.diff[0]).toMatchObject({
        audience: 'public',
        phase: 'problemUnclear',
        nature: 'negativePublicity',
      });

      const state = await call('board.state', {});
      expect(state.matrixIsCip).toBe(false);

      // a matrix equal to CIP is stored as "no own matrix"
      expect((await call('matrix.update', { cells: CIP_2020_MATRIX.cells })).isCip).toBe(true);
      await call('matrix.update', { cells });
      expect((await call('matrix.update', { cells: null })).isCip).toBe(true);
    });
  });
});
