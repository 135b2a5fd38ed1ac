import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEGAL_CLOCK_LABELS,
  type LegalClockInput,
  legalClocks,
  nis2Decision,
} from '../../../shared/clocks/legal-clocks';
import type { LogEntry, LogEntryBody, NotificationType } from '../../../shared/log/entry-schema';
import { LEGAL_CLOCK_IDS, NATURES } from '../../../shared/model/vocabulary';
import { entry } from '../matrix/log-entries';

const DETECTED = '2026-03-10T08:00:00.000Z';
const H = 3_600_000;
const at = (hoursAfter: number) => new Date(Date.parse(DETECTED) + hoursAfter * H);
const iso = (hoursAfter: number) => at(hoursAfter).toISOString();

const notify = (
  regulator: 'AP' | 'NCSC' | 'CSIRT' | 'supervisor' | 'other',
  notificationType: NotificationType,
): LogEntryBody => ({ kind: 'regulatorNotification', regulator, notificationType, summary: 'gemeld' });

const base: LegalClockInput = {
  natures: ['dataBreach'],
  detectedAt: DETECTED,
  nis2Applies: false,
  entries: [],
  now: at(1),
};
const clock = (input: Partial<LegalClockInput>, id: (typeof LEGAL_CLOCK_IDS)[number]) =>
  legalClocks({ ...base, ...input }).find((c) => c.id === id);

describe('AP data-breach clock', () => {
  it('runs 72 h from detection for a data breach or data manipulation', () => {
    for (const natures of [['dataBreach'], ['dataManipulation']] as const) {
      const c = clock({ natures: [...natures] }, 'apDataBreach72h')!;
      expect(c.deadline).toBe(iso(72));
      expect(c.remainingMs).toBe(71 * H);
      expect(c).toMatchObject({ state: 'running', level: 'ok' });
    }
    expect(legalClocks({ ...base, natures: ['unavailability', 'negativePublicity'] })).toEqual([]);
  });

  it('turns amber under 25 % (18 h), red under 10 % (7.2 h), overdue at the deadline', () => {
    expect(clock({ now: at(54) }, 'apDataBreach72h')!.level).toBe('ok'); // exactly 18 h left
    expect(clock({ now: at(54.01) }, 'apDataBreach72h')!.level).toBe('amber');
    expect(clock({ now: at(64.8) }, 'apDataBreach72h')!.level).toBe('amber'); // exactly 7.2 h left
    expect(clock({ now: at(65) }, 'apDataBreach72h')!.level).toBe('red');
    expect(clock({ now: at(72) }, 'apDataBreach72h')!.level).toBe('overdue');
    const late = clock({ now: at(80) }, 'apDataBreach72h')!;
    expect(late).toMatchObject({ level: 'overdue', state: 'running', remainingMs: -8 * H });
  });

  it('stops on an AP notification and records whether it was on time', () => {
    const c = clock(
      { entries: [entry(7, notify('AP', 'notification'), iso(30))], now: at(100) },
      'apDataBreach72h',
    )!;
    expect(c).toMatchObject({
      state: 'stopped',
      level: 'stopped',
      stoppedBy: { seq: 7, at: iso(30), kind: 'regulatorNotification' },
      metDeadline: true,
      remainingMs: 42 * H,
    });
    const late = clock(
      { entries: [entry(7, notify('AP', 'other'), iso(75))], now: at(100) },
      'apDataBreach72h',
    )!;
    expect(late).toMatchObject({ state: 'stopped', metDeadline: false, remainingMs: -3 * H });
  });

  it('does not stop on a notification to another regulator or of another type', () => {
    const entries = [
      entry(2, notify('NCSC', 'notification'), iso(2)),
      entry(3, notify('AP', 'earlyWarning'), iso(3)),
    ];
    expect(clock({ entries }, 'apDataBreach72h')!.state).toBe('running');
  });

  it('stops on a notNotifiable decision for this clock only', () => {
    const decide = (c: (typeof LEGAL_CLOCK_IDS)[number]) =>
      entry(
        4,
        { kind: 'decision', summary: 'niet meldplichtig', subject: { type: 'notNotifiable', clock: c } },
        iso(5),
      );
    expect(clock({ entries: [decide('apDataBreach72h')] }, 'apDataBreach72h')).toMatchObject({
      state: 'stopped',
      stoppedBy: { seq: 4, kind: 'decision' },
      metDeadline: true,
    });
    expect(clock({ entries: [decide('nis2Notification72h')] }, 'apDataBreach72h')!.state).toBe('running');
  });

  it('uses the earliest stopping entry by occurredAt', () => {
    const entries = [
      entry(9, notify('AP', 'notification'), iso(40)),
      entry(10, notify('AP', 'notification'), iso(20)),
    ];
    expect(clock({ entries }, 'apDataBreach72h')!.stoppedBy?.seq).toBe(10);
  });

  it('counts from detection when the data breach is added later', () => {
    const c = clock({ natures: ['unavailability', 'dataBreach'], now: at(60) }, 'apDataBreach72h')!;
    expect(c.startedAt).toBe(DETECTED);
    expect(c.remainingMs).toBe(12 * H);
    expect(c.level).toBe('amber');
  });

  it('honours a correction that withdraws a notification', () => {
    const entries = [
      entry(1, notify('AP', 'notification'), iso(10)),
      entry(
        2,
        {
          kind: 'correction',
          corrects: 1,
          changes: { regulator: 'supervisor' },
          reason: 'was de toezichthouder',
        },
        iso(11),
      ),
    ];
    expect(clock({ entries }, 'apDataBreach72h')!.state).toBe('running');
  });
});

describe('NIS2 clocks', () => {
  const significant = (awareHours: number, atHours = awareHours): LogEntry =>
    entry(
      2,
      {
        kind: 'decision',
        summary: '',
        subject: { type: 'nis2Significance', significant: true, awareAt: iso(awareHours) },
      },
      iso(atHours),
    );
  const nis2 = { natures: ['targetedThreat' as const], nis2Applies: true, entries: [significant(0)] };
  const notifiedAt = (hours: number) => entry(9, notify('NCSC', 'notification'), iso(hours));

  it('wait for the team to decide the incident is significant; any nature but negative publicity alone', () => {
    const ids = (input: Partial<LegalClockInput>) => legalClocks({ ...base, ...input }).map((c) => c.id);
    expect(ids({ ...nis2, entries: [] })).toEqual([]);
    expect(nis2Decision({ ...nis2, entries: [] }).status).toBe('undecided');
    expect(ids(nis2)).toEqual(['nis2EarlyWarning24h', 'nis2Notification72h']);
    // a data breach caused by an attack: the NIS2 clocks run beside the AP clock
    expect(ids({ ...nis2, natures: ['dataBreach'] })).toEqual([
      'apDataBreach72h',
      'nis2EarlyWarning24h',
      'nis2Notification72h',
    ]);
    expect(ids({ ...nis2, natures: ['generalThreat'] })).toHaveLength(2);
    expect(ids({ ...nis2, nis2Applies: false })).toEqual([]);
    expect(nis2Decision({ ...nis2, natures: ['negativePublicity'] }).status).toBe('notApplicable');
    expect(ids({ ...nis2, natures: ['negativePublicity'] })).toEqual([]);
    const no = entry(
      3,
      {
        kind: 'decision',
        summary: '',
        subject: { type: 'nis2Significance', significant: false },
        reason: 'geen impact',
      },
      iso(1),
    );
    expect(nis2Decision({ ...nis2, entries: [significant(0), no] }).status).toBe('notSignificant');
    expect(ids({ ...nis2, entries: [significant(0), no] })).toEqual([]);
  });

  it('runs 24 h and 72 h from the moment the organisation became aware, not from detection', () => {
    const [ew, n] = legalClocks({ ...base, ...nis2, entries: [significant(5, 6)], now: at(6) });
    expect(ew!.startedAt).toBe(iso(5));
    expect(ew!.deadline).toBe(iso(29));
    expect(n!.deadline).toBe(iso(77));
  });

  it('runs the final report for one calendar month from the incident notification', () => {
    const withNotification = { ...nis2, entries: [significant(0), notifiedAt(1)] };
    const fr = clock(withNotification, 'nis2FinalReport1m')!;
    expect(fr.startedAt).toBe(iso(1));
    // 10:00 CET on 10 March → 10:00 CEST on 10 April: same wall-clock time, one hour less in UTC.
    expect(fr.deadline).toBe('2026-04-10T08:00:00.000Z');
  });

  it('counts one month in calendar terms: 31 January ends on the last day of February', () => {
    const fr = (notified: string, timeZone?: string) =>
      clock(
        {
          ...nis2,
          detectedAt: notified,
          entries: [significant(0), entry(9, notify('CSIRT', 'notification'), notified)],
          now: new Date(notified),
          ...(timeZone ? { timeZone } : {}),
        },
        'nis2FinalReport1m',
      )!;
    expect(fr('2026-01-31T10:00:00.000Z').deadline).toBe('2026-02-28T10:00:00.000Z');
    expect(fr('2028-01-31T10:00:00.000Z').deadline).toBe('2028-02-29T10:00:00.000Z');
    // 23:30 UTC on 28 February is already 1 March in the Netherlands: the month ends on 1 April, 00:30 CEST.
    expect(fr('2026-02-28T23:30:00.000Z').deadline).toBe('2026-03-31T22:30:00.000Z');
    // Counted on UTC it would be 28 March: the zone is explicit so the PC's own zone cannot change it.
    expect(fr('2026-02-28T23:30:00.000Z', 'UTC').deadline).toBe('2026-03-28T23:30:00.000Z');
  });

  it('each stage stops its own clock: early warning 24 h; notification 24 h and 72 h; final report all', () => {
    const states = (body: LogEntryBody) =>
      legalClocks({ ...base, ...nis2, entries: [significant(0), entry(5, body, iso(3))] }).map((c) => [
        c.id,
        c.state,
      ]);
    expect(states(notify('NCSC', 'earlyWarning'))).toEqual([
      ['nis2EarlyWarning24h', 'stopped'],
      ['nis2Notification72h', 'running'],
    ]);
    expect(states(notify('CSIRT', 'notification'))).toEqual([
      ['nis2EarlyWarning24h', 'stopped'],
      ['nis2Notification72h', 'stopped'],
      ['nis2FinalReport1m', 'running'],
    ]);
    expect(states(notify('NCSC', 'finalReport'))).toEqual([
      ['nis2EarlyWarning24h', 'stopped'],
      ['nis2Notification72h', 'stopped'],
      ['nis2FinalReport1m', 'stopped'],
    ]);
    expect(states(notify('AP', 'notification')).map(([, s]) => s)).toEqual(['running', 'running']);
    expect(states(notify('NCSC', 'intermediateReport')).map(([, s]) => s)).toEqual(['running', 'running']);
  });

  it('each stops on its own notNotifiable decision', () => {
    const states = legalClocks({
      ...base,
      ...nis2,
      entries: [
        significant(0),
        entry(
          6,
          { kind: 'decision', summary: '', subject: { type: 'notNotifiable', clock: 'nis2Notification72h' } },
          iso(2),
        ),
      ],
    }).map((c) => c.state);
    expect(states).toEqual(['running', 'stopped']);
  });

  it('levels for the 24 h clock: amber under 6 h, red under 2.4 h', () => {
    const level = (h: number) => clock({ ...nis2, now: at(h) }, 'nis2EarlyWarning24h')!.level;
    expect([level(17), level(19), level(22), level(24)]).toEqual(['ok', 'amber', 'red', 'overdue']);
  });

  it('names the legal basis of every clock', () => {
    expect(LEGAL_CLOCK_LABELS.apDataBreach72h.basis.nl).toBe('AVG art. 33 lid 1');
    expect(LEGAL_CLOCK_LABELS.nis2FinalReport1m.basis.en).toBe('NIS2 art. 23(4)(d) (Cbw)');
  });
});

describe('clock properties', () => {
  it('running clocks: remaining = deadline − now, level by remaining fraction', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NATURES), { minLength: 1 }),
        fc.boolean(),
        fc.integer({ min: -1000 * H, max: 1000 * H }),
        (natures, nis2Applies, offset) => {
          const now = new Date(Date.parse(DETECTED) + offset);
          for (const c of legalClocks({ ...base, natures, nis2Applies, now })) {
            expect(c.remainingMs).toBe(Date.parse(c.deadline) - now.getTime());
            const fraction = c.remainingMs / (Date.parse(c.deadline) - Date.parse(DETECTED));
            const expected =
              fraction <= 0 ? 'overdue' : fraction < 0.1 ? 'red' : fraction < 0.25 ? 'amber' : 'ok';
            expect(c.level).toBe(expected);
            if (!nis2Applies) expect(c.id).toBe('apDataBreach72h');
          }
        },
      ),
    );
  });

  it('labels every clock in Dutch and English', () => {
    for (const id of LEGAL_CLOCK_IDS) {
      const l = LEGAL_CLOCK_LABELS[id];
      expect(l.short.nl && l.short.en && l.full.nl && l.full.en).toBeTruthy();
    }
  });

  it('rejects an invalid detection time', () => {
    expect(() => legalClocks({ ...base, detectedAt: 'gisteren' })).toThrow(RangeError);
  });
});
