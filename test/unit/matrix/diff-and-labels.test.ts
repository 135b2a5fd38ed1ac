import { describe, expect, it } from 'vitest';
import { ACTIONS, actionDefinition } from '../../../shared/matrix/actions';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { matrixDiff } from '../../../shared/matrix/diff';
import {
  AUDIENCE_LABELS,
  NATURE_LABELS,
  PHASE_LABELS,
  VISIBILITY_LABELS,
} from '../../../shared/matrix/labels';
import type { MatrixCells } from '../../../shared/matrix/schema';
import { ACTION_NUMBERS, AUDIENCES, NATURES, PHASES, VISIBILITIES } from '../../../shared/model/vocabulary';

describe('matrixDiff', () => {
  it('is empty for the same matrix', () => {
    expect(matrixDiff(CIP_2020_MATRIX.cells, CIP_2020_MATRIX.cells)).toEqual([]);
  });

  it('lists changed cells as sets, in vocabulary order', () => {
    const org = structuredClone(CIP_2020_MATRIX.cells) as MatrixCells;
    org.public.aftercare.dataBreach = [10];
    org.internal.problemClear.dataBreach = [6, 2]; // same set, other order: no difference
    org.customers.problemUnclear.generalThreat = [];
    expect(matrixDiff(org, CIP_2020_MATRIX.cells)).toEqual([
      { audience: 'customers', phase: 'problemUnclear', nature: 'generalThreat', base: [3], org: [] },
      { audience: 'public', phase: 'aftercare', nature: 'dataBreach', base: [], org: [10] },
    ]);
  });
});

describe('actions and labels', () => {
  it('defines the ten actions in order, with Dutch and English texts', () => {
    expect(ACTIONS.map((a) => a.number)).toEqual([...ACTION_NUMBERS]);
    for (const a of ACTIONS) {
      for (const t of [a.label, a.description]) {
        expect(t.nl.length).toBeGreaterThan(3);
        expect(t.en.length).toBeGreaterThan(3);
      }
    }
    expect(actionDefinition(6)?.legalClock).toBe('apDataBreach72h');
    expect(actionDefinition(4)?.contents).toEqual(['processInfo', 'facts', 'forecast', 'updateSchedule']);
    expect(actionDefinition(3)?.mode).toBe('publication');
    expect(actionDefinition(11)).toBeUndefined();
  });

  it('labels every audience, phase, nature and visibility in both languages', () => {
    const sets = [
      [AUDIENCES, AUDIENCE_LABELS],
      [PHASES, PHASE_LABELS],
      [NATURES, NATURE_LABELS],
      [VISIBILITIES, VISIBILITY_LABELS],
    ] as const;
    for (const [keys, labels] of sets) {
      expect(Object.keys(labels)).toEqual([...keys]);
      for (const l of Object.values(labels))
        for (const t of [l.short, l.full]) expect(t.nl && t.en).toBeTruthy();
    }
  });
});
