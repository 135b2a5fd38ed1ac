import { describe, expect, it } from 'vitest';
import { legalClocks, nis2Decision } from '../../../shared/clocks/legal-clocks';
import { applyCorrections } from '../../../shared/matrix/outcomes';
import { waitingCandidates, waitingItems } from '../../../shared/verdicts/waiting';
import { whoKnowsWhat } from '../../../shared/verdicts/who-knows';
import { PARTNERS, Scenario, T0 } from './scenario';

const at = (minute: number) => new Date(T0 + minute * 60_000);

function strip(s: Scenario, minute: number, nis2Applies = false) {
  const { incident, entries } = s.build();
  const verdicts = s.judge();
  const clocks = legalClocks({
    natures: incident.natures,
    detectedAt: incident.detectedAt,
    nis2Applies,
    entries,
    now: at(minute),
  });
  return waitingItems({
    candidates: waitingCandidates(applyCorrections(entries), verdicts),
    clocks,
    nis2: nis2Decision({ natures: incident.natures, nis2Applies, entries }),
    detectedAt: incident.detectedAt,
    closed: verdicts.closed,
    now: at(minute),
    locale: 'nl',
  });
}

describe('the waiting strip', () => {
  it('lists a question, a promised update, an action open past the norm and the legal deadline, by due time', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['dataBreach'],
      visible: { internal: 'certain', public: 'likely' },
    });
    s.at(5).push({
      kind: 'messageReceived',
      from: 'NRC, journalist',
      channel: 'telefoon',
      summary: 'Hoeveel klanten zijn geraakt?',
      awaitsAnswer: true,
      answerBy: at(22 * 60).toISOString(),
    });
    s.at(10).send('public', 3, { nextUpdateMinute: 6 * 60 });
    s.at(20).send('internal', 6);
    const items = strip(s, 90);
    expect(items.map((i) => i.kind)).toEqual(['openAction', 'promisedUpdate', 'question', 'legalDeadline']);
    expect(items[0]).toMatchObject({ overdue: true, audience: 'internal', action: 2 });
    expect(items[0]!.summary).toContain('Feiten delen');
    expect(items[1]).toMatchObject({ dueAt: at(360).toISOString(), overdue: false });
    expect(items[2]!.summary).toBe('Vraag van NRC, journalist: Hoeveel klanten zijn geraakt?');
    expect(items[3]).toMatchObject({ summary: 'Melding AP (72 u)', basis: 'AVG art. 33 lid 1' });
  });

  it('clears a question when it is answered and a promise when the next message to that audience goes out', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['unavailability'],
      visible: { public: 'likely' },
    });
    const question = s.at(5).push({
      kind: 'messageReceived',
      from: 'Omroep',
      channel: 'mail',
      summary: 'Vraag',
      awaitsAnswer: true,
    });
    s.at(10).send('public', 3, { nextUpdateMinute: 60 });
    expect(strip(s, 30).map((i) => i.kind)).toEqual(['promisedUpdate', 'question']);
    expect(strip(s, 61).find((i) => i.kind === 'promisedUpdate')?.overdue).toBe(true);
    s.at(62).send('public', 3, { inReplyTo: question.seq });
    expect(strip(s, 63)).toEqual([]);
  });

  it('names the organisations still to be told and leaves an action alone until the norm has passed', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['unavailability'],
      visible: { chainPartners: 'certain' },
    });
    s.at(10).send('chainPartners', 2, { to: ['vgu'] });
    expect(strip(s, 59)).toEqual([]);
    const [item] = strip(s, 61);
    expect(item!.summary).toBe('Actie 2 Feiten delen — Ketenpartners (SPPD nog niet)');
  });

  it('asks the NIS2 question when NIS2 applies and nobody decided, due 24 hours after detection', () => {
    const s = new Scenario({ phase: 'problemUnclear', natures: ['targetedThreat'], visible: {} });
    const items = strip(s, 10, true);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'legalDeadline',
        clock: 'nis2Significance',
        dueAt: at(24 * 60).toISOString(),
      }),
    ]);
  });

  it('is empty for a closed incident', () => {
    const s = new Scenario({ phase: 'aftercare', natures: ['dataBreach'], visible: { internal: 'certain' } });
    s.at(5).close();
    expect(strip(s, 500)).toEqual([]);
  });
});

describe('who knows what', () => {
  it('shows per organisation what it was told and what it still misses', () => {
    const s = new Scenario({
      phase: 'problemClear',
      natures: ['dataBreach'],
      visible: { chainPartners: 'certain' },
    });
    s.at(10).send('chainPartners', 2, { to: ['vgu'] });
    s.at(20).notifyAp();
    const { incident, entries } = s.build();
    const rows = whoKnowsWhat({ incident, entries, partners: PARTNERS, verdicts: s.judge() });
    const vgu = rows.find((r) => r.id === 'vgu')!;
    const sppd = rows.find((r) => r.id === 'sppd')!;
    expect(vgu.told.map((t) => t.action)).toEqual([2]);
    expect(vgu.gaps).toEqual([{ phase: 'problemClear', action: 6, status: 'open' }]);
    expect(sppd.told).toEqual([]);
    expect(sppd.gaps.map((g) => g.action)).toEqual([2, 6]);
    expect(rows.find((r) => r.id === 'ap')!.told).toHaveLength(1);
    expect(rows.find((r) => r.id === 'chainPartners')!.lastContact).toBe(at(10).toISOString());
  });
});
