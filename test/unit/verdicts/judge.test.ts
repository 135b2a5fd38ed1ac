import { describe, expect, it } from 'vitest';
import { flattenVerdicts } from '../../../shared/verdicts/judge';
import { Scenario, verdict } from './scenario';

describe('the history-aware verdicts', () => {
  it('does not call phases before the incident was created missed: they were not tracked', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['dataBreach'],
      visible: { internal: 'certain' },
    });
    const r = s.judge();
    for (const phase of ['negativePublicityOnly', 'problemUnclear'] as const) {
      const row = r.audiences[0]!.phases.find((p) => p.phase === phase)!;
      expect(row.timing).toBe('notTracked');
      for (const v of row.verdicts) {
        expect(v.status).toBe('notRequired');
        expect(v.notRequiredReason).toBe('notTracked');
      }
    }
    expect(verdict(r, 'problemClear', 'internal', 2).status).toBe('open');
    expect(flattenVerdicts(r).some((v) => v.status === 'missed')).toBe(false);
  });

  it('lets the team log what it did before tracking began against that phase', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['dataBreach'],
      visible: { internal: 'certain' },
    }).at(10);
    s.send('internal', 1, { forPhase: 'problemUnclear', occurredMinute: -30 });
    expect(verdict(s.judge(), 'problemUnclear', 'internal', 1).status).toBe('done');
  });

  it('counts action 6 done in "probleem duidelijk" as already done in "oplossing duidelijk"', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['dataBreach'],
      visible: { internal: 'certain' },
    });
    s.at(20).send('internal', 6);
    s.at(60).phase('solutionClear');
    const r = s.judge();
    expect(verdict(r, 'problemClear', 'internal', 6).status).toBe('done');
    const later = verdict(r, 'solutionClear', 'internal', 6);
    expect(later.status).toBe('satisfiedEarlier');
    expect(later.donePhase).toBe('problemClear');
    expect(later.seq).toBe(2);
  });

  it('ticks the notification part of action 6 when the AP notification is logged', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['dataBreach'],
      visible: { internal: 'certain', customers: 'likely' },
    });
    s.at(30).notifyAp(25);
    s.at(90).phase('solutionClear');
    const r = s.judge();
    const v = verdict(r, 'problemClear', 'internal', 6);
    expect(v.status).toBe('done');
    expect(v.via).toBe('regulatorNotification');
    expect(v.minutesAfterDue).toBe(25);
    expect(verdict(r, 'solutionClear', 'internal', 6).status).toBe('satisfiedEarlier');
    // the affected customers still have to be told: the AP notification does not do that
    expect(verdict(r, 'problemClear', 'customers', 6).status).toBe('missed');
  });

  it('judges each phase by the visibility that held then and times lateness from when the public could see', () => {
    const s = new Scenario({
      phase: 'problemUnclear',
      natures: ['dataBreach'],
      visible: { internal: 'certain' },
    });
    s.at(60).phase('problemClear');
    s.at(180).phase('solutionClear');
    s.at(240).visible('public', 'likely');
    s.at(270).send('public', 3);
    const r = s.judge();
    expect(verdict(r, 'problemClear', 'public', 3)).toMatchObject({
      status: 'notRequired',
      notRequiredReason: 'notVisible',
    });
    expect(verdict(r, 'problemUnclear', 'public', 3).status).toBe('notRequired');
    const press = verdict(r, 'solutionClear', 'public', 3);
    expect(press.status).toBe('done');
    expect(press.owedFrom).toBe('2026-11-20T12:00:00.000Z');
    expect(press.minutesAfterDue).toBe(30);
  });

  it('judges each phase by the natures that held then', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    s.at(60).phase('solutionClear');
    s.at(70).natures(['unavailability', 'dataBreach']);
    const r = s.judge();
    // a data breach found in phase 4 does not make action 6 of phase 3 missed
    expect(
      r.audiences[0]!.phases.find((p) => p.phase === 'problemClear')!.verdicts.map((v) => v.action),
    ).toEqual([2]);
    expect(verdict(r, 'solutionClear', 'internal', 6)).toMatchObject({
      status: 'open',
      owedFrom: '2026-11-20T09:10:00.000Z',
    });
  });

  it('turns an open action into missed only once its phase is over, and counts a late log against its own phase as done late', () => {
    const s = new Scenario({
      phase: 'problemUnclear',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    expect(verdict(s.judge(), 'problemUnclear', 'internal', 1).status).toBe('open');
    s.at(30).phase('problemClear');
    expect(verdict(s.judge(), 'problemUnclear', 'internal', 1).status).toBe('missed');
    s.at(150).send('internal', 1, { forPhase: 'problemUnclear' });
    const late = verdict(s.judge(), 'problemUnclear', 'internal', 1);
    expect(late.status).toBe('doneLate');
    expect(late.minutesAfterDue).toBe(150);
  });

  it('counts an action done after its phase was over as late, even within the norm', () => {
    const s = new Scenario({
      phase: 'problemUnclear',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    s.at(10).phase('problemClear');
    s.at(12).send('internal', 1, { forPhase: 'problemUnclear' });
    expect(verdict(s.judge(), 'problemUnclear', 'internal', 1)).toMatchObject({
      status: 'doneLate',
      minutesAfterDue: 12,
    });
    // logged late, but with the time it really went out: on time
    s.at(14).send('internal', 1, { forPhase: 'problemUnclear', occurredMinute: 5 });
    expect(verdict(s.judge(), 'problemUnclear', 'internal', 1)).toMatchObject({
      status: 'done',
      minutesAfterDue: 5,
    });
  });

  it('judges chain partners per organisation: partial until everyone listed was told', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['unavailability'],
      visible: { chainPartners: 'certain' },
    });
    s.at(10).send('chainPartners', 2, { to: ['vgu'] });
    let v = verdict(s.judge(), 'problemClear', 'chainPartners', 2);
    expect(v.status).toBe('partial');
    expect(v.recipients).toEqual({ told: ['vgu'], notTold: ['sppd'], excluded: [] });
    s.at(20).send('chainPartners', 2, { to: ['p-sppd'] });
    v = verdict(s.judge(), 'problemClear', 'chainPartners', 2);
    expect(v.status).toBe('done');
    expect(v.seq).toBe(3);
    expect(v.minutesAfterDue).toBe(20);
  });

  it('does not wait for an organisation excluded with a reason', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['unavailability'],
      visible: { chainPartners: 'certain' },
    });
    s.at(5).exclude('chainPartners', 'sppd');
    s.at(10).send('chainPartners', 2, { to: ['vgu'] });
    const v = verdict(s.judge(), 'problemClear', 'chainPartners', 2);
    expect(v.status).toBe('done');
    expect(v.recipients).toEqual({ told: ['vgu'], notTold: [], excluded: ['sppd'] });
  });

  it('never calls a "where needed" action missed: left undone it was not needed', () => {
    const s = new Scenario({
      phase: 'solutionImplemented',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    expect(verdict(s.judge(), 'solutionImplemented', 'internal', 9)).toMatchObject({
      status: 'open',
      conditional: true,
    });
    s.at(30).phase('aftercare');
    expect(verdict(s.judge(), 'solutionImplemented', 'internal', 9).status).toBe('notNeeded');
  });

  it('records "not needed" with one decision, and "not applicable" with a reason', () => {
    const s = new Scenario({
      phase: 'solutionImplemented',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    s.at(5).notNeeded('internal', 9, 'solutionImplemented');
    s.at(6).notApplicable('internal', 8, 'solutionImplemented', 'geen oplossing');
    const r = s.judge();
    expect(verdict(r, 'solutionImplemented', 'internal', 9)).toMatchObject({ status: 'notNeeded', seq: 2 });
    expect(verdict(r, 'solutionImplemented', 'internal', 8)).toMatchObject({
      status: 'notApplicable',
      reason: 'geen oplossing',
    });
  });

  it('shows phases not yet reached as upcoming and a skipped phase as not required', () => {
    const s = new Scenario({
      phase: 'problemUnclear',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    s.at(30).phase('solutionClear');
    const r = s.judge();
    expect(verdict(r, 'problemClear', 'internal', 2)).toMatchObject({
      status: 'notRequired',
      notRequiredReason: 'phaseSkipped',
    });
    expect(verdict(r, 'solutionImplemented', 'internal', 8).status).toBe('upcoming');
  });

  it('after closing, what was still open in the last phase is missed', () => {
    const s = new Scenario({
      phase: 'aftercare',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    s.at(30).close();
    const r = s.judge();
    expect(r.closed).toBe(true);
    expect(verdict(r, 'aftercare', 'internal', 10).status).toBe('missed');
  });

  it('marks an action done beyond the norm as done late', () => {
    const s = new Scenario({
      phase: 'problemUnclear',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    s.at(90).send('internal', 1);
    expect(verdict(s.judge(60), 'problemUnclear', 'internal', 1)).toMatchObject({
      status: 'doneLate',
      minutesAfterDue: 90,
    });
    expect(verdict(s.judge(120), 'problemUnclear', 'internal', 1).status).toBe('done');
  });

  it('prefers a message that went out over a "not applicable" decision, and counts the earliest', () => {
    const s = new Scenario({
      phase: 'problemUnclear',
      natures: ['generalThreat'],
      visible: { public: 'likely' },
    });
    s.at(5).notApplicable('public', 3, 'problemUnclear');
    s.at(20).send('public', 3);
    s.at(10).send('public', 3, { occurredMinute: 8 });
    expect(verdict(s.judge(), 'problemUnclear', 'public', 3)).toMatchObject({
      status: 'done',
      seq: 4,
      minutesAfterDue: 8,
    });
  });

  it('lists messages for actions the matrix did not ask for as extra', () => {
    const s = new Scenario({
      phase: 'problemUnclear',
      natures: ['generalThreat'],
      visible: { internal: 'certain' },
    });
    s.at(5).send('internal', 4);
    const row = s.judge().audiences[0]!.phases.find((p) => p.phase === 'problemUnclear')!;
    expect(row.verdicts.map((v) => v.action)).toEqual([1]);
    expect(row.extra).toEqual([{ action: 4, at: '2026-11-20T08:05:00.000Z', seq: 2 }]);
  });

  it('follows corrections: a changed action, a withdrawn one, and ignores an invalid one', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['unavailability'],
      visible: { customers: 'likely' },
    });
    s.at(5).send('customers', 3);
    s.at(6).send('customers', 4);
    s.at(7).push({ kind: 'correction', corrects: 2, changes: { action: 4 }, reason: 'verkeerde actie' });
    s.at(8).push({ kind: 'correction', corrects: 3, changes: { action: null }, reason: 'geen actie' });
    s.at(9).push({ kind: 'correction', corrects: 3, changes: { action: 99 }, reason: 'ongeldig' });
    const v = verdict(s.judge(), 'problemClear', 'customers', 4);
    // seq 2 now counts as action 4; seq 3 no longer counts; the invalid correction changed nothing
    expect(v).toMatchObject({ status: 'done', seq: 2 });
    const row = s
      .judge()
      .audiences.find((a) => a.audience === 'customers')!
      .phases.find((p) => p.phase === 'problemClear')!;
    expect(row.extra).toEqual([]);
  });

  it('keeps a message logged in the same instant as a phase change in the phase it was logged in', () => {
    // found by the property test: everything at 08:00, the message written before the change
    const s = new Scenario({
      phase: 'negativePublicityOnly',
      natures: ['negativePublicity'],
      visible: { internal: 'certain' },
    });
    s.send('internal', 1);
    s.phase('problemClear');
    expect(verdict(s.judge(), 'negativePublicityOnly', 'internal', 1).status).toBe('done');
  });

  it('gives the due time of an open action: the moment it was owed plus the norm', () => {
    const s = new Scenario({
      phase: 'problemUnclear',
      natures: ['unavailability'],
      visible: { internal: 'certain' },
    });
    expect(verdict(s.judge(45), 'problemUnclear', 'internal', 1).dueAt).toBe('2026-11-20T08:45:00.000Z');
  });
});
