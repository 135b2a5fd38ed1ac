import { describe, expect, it } from 'vitest';
import type { LogEntryBody } from '../../../shared/log/entry-schema';
import { ACTIONS, actionDefinition } from '../../../shared/matrix/actions';
import { CIP_2020_MATRIX } from '../../../shared/matrix/cip-2020';
import { matrixDiff } from '../../../shared/matrix/diff';
import {
  AUDIENCE_LABELS,
  NATURE_LABELS,
  PHASE_LABELS,
  VISIBILITY_LABELS,
} from '../../../shared/matrix/labels';
import { outcomesFromLog } from '../../../shared/matrix/outcomes';
import type { MatrixCells } from '../../../shared/matrix/schema';
import { ACTION_NUMBERS, AUDIENCES, NATURES, PHASES, VISIBILITIES } from '../../../shared/model/vocabulary';
import { entry } from './log-entries';

const T = '2026-03-01T10:00:00.000Z';
const msg = (action: number | null): LogEntryBody => ({
  kind: 'messageSent',
  audience: 'customers',
  action,
  recipients: [],
  channel: 'mail',
  summary: 's',
  sentBy: 'me',
});

describe('outcomesFromLog', () => {
  it('maps messages with an action to done in the entry phase, and ignores free messages', () => {
    const out = outcomesFromLog([entry(1, msg(4), T, 'problemClear'), entry(2, msg(null), T)]);
    expect(out).toEqual([
      { audience: 'customers', action: 4, phase: 'problemClear', status: 'done', at: T, logSeq: 1 },
    ]);
  });

  it('maps actionNotApplicable decisions to notApplicable in the subject phase, with the reason', () => {
    const out = outcomesFromLog([
      entry(
        3,
        {
          kind: 'decision',
          summary: 'Niet nodig',
          reason: 'Geen persoonsgegevens',
          subject: { type: 'actionNotApplicable', audience: 'public', action: 3, phase: 'problemUnclear' },
        },
        T,
        'problemClear',
      ),
      entry(
        4,
        {
          kind: 'decision',
          summary: 'Geen AP-melding',
          subject: { type: 'notNotifiable', clock: 'apDataBreach72h' },
        },
        T,
      ),
    ]);
    expect(out).toEqual([
      {
        audience: 'public',
        action: 3,
        phase: 'problemUnclear',
        status: 'notApplicable',
        at: T,
        logSeq: 3,
        reason: 'Geen persoonsgegevens',
      },
    ]);
  });

  it('honours corrections: a changed action, a withdrawn action, and ignores invalid ones', () => {
    const out = outcomesFromLog([
      entry(1, msg(3), T),
      entry(2, msg(4), T),
      entry(3, msg(5), T),
      entry(4, { kind: 'correction', corrects: 1, changes: { action: 4 }, reason: 'verkeerde actie' }, T),
      entry(5, { kind: 'correction', corrects: 2, changes: { action: null }, reason: 'geen actie' }, T),
      entry(6, { kind: 'correction', corrects: 3, changes: { action: 99 }, reason: 'ongeldig' }, T),
      entry(7, { kind: 'correction', corrects: 3, changes: { seq: 42, action: 1 }, reason: 'mag niet' }, T),
      entry(
        8,
        { kind: 'correction', corrects: 4, changes: { reason: 'x' }, reason: 'correctie op correctie' },
        T,
      ),
    ]);
    expect(out.map((o) => [o.logSeq, o.action])).toEqual([
      [1, 4],
      [3, 5],
    ]);
  });
});

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
