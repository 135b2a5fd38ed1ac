import { describe, expect, it } from 'vitest';
import { buildChanges, rowFor } from '../../../renderer/src/features/log/correction-changes';
import { correctableFields } from '../../../renderer/src/features/log/correction-fields';
import { quickBody, quickKindForKey, quickKinds } from '../../../renderer/src/features/log/quick-kinds';
import type { LogEntry } from '../../../shared/log/entry-schema';
import { parseEntry } from '../../../shared/log/parse-entry';
import { amsterdamDay, nextUpdateFromInputs, occurredFromInputs } from '../../../shared/log/wall-clock';

const meta = {
  incidentId: 'inc-1',
  recordedAt: '2026-11-28T10:00:00.000Z',
  occurredAt: '2026-11-28T09:50:00.123Z',
  author: 'Anouk',
  phase: 'problemUnclear',
  prevHash: '0'.repeat(64),
} as const;

const regulator: LogEntry = {
  ...meta,
  seq: 4,
  kind: 'regulatorNotification',
  regulator: 'AP',
  notificationType: 'earlyWarning',
  reference: 'AP-1',
  summary: 'Datalek gemeld',
};

describe('correction form: several fields in one correction', () => {
  const specs = correctableFields('regulatorNotification');

  it('collects every changed line and skips the ones left as they were', () => {
    const ref = { ...rowFor(regulator, specs.find((s) => s.name === 'reference')!, 0), text: 'AP-2' };
    const type = {
      ...rowFor(regulator, specs.find((s) => s.name === 'notificationType')!, 1),
      text: 'notification',
    };
    const untouched = rowFor(regulator, specs.find((s) => s.name === 'summary')!, 2);
    const time = rowFor(regulator, specs.find((s) => s.name === 'occurredAt')!, 3);
    const result = buildChanges(regulator, [ref, type, untouched, time], specs);
    expect(result).toEqual({ ok: true, changes: { reference: 'AP-2', notificationType: 'notification' } });
    // what the form builds is a valid entry once merged, as the journal will check
    if (result.ok) expect(parseEntry({ ...regulator, ...result.changes })).not.toBeNull();
  });

  it('says there is nothing to log when no line changes anything', () => {
    const row = rowFor(regulator, specs[0]!, 0);
    expect(buildChanges(regulator, [row], specs)).toEqual({ ok: false, problem: 'nothing' });
  });

  it('turns a yes/no line into a boolean, so "answered" is awaitsAnswer → false', () => {
    const received: LogEntry = {
      ...meta,
      seq: 2,
      kind: 'messageReceived',
      from: 'Gemeente',
      channel: 'telefoon',
      summary: 'Vraag',
      awaitsAnswer: true,
    };
    const fields = correctableFields('messageReceived');
    const row = { ...rowFor(received, fields.find((s) => s.name === 'awaitsAnswer')!, 0), text: 'false' };
    expect(buildChanges(received, [row], fields)).toEqual({ ok: true, changes: { awaitsAnswer: false } });
  });

  it('refuses a time that is not on a 24-hour clock or lies in the future', () => {
    const time = rowFor(regulator, specs.find((s) => s.name === 'occurredAt')!, 0);
    expect(buildChanges(regulator, [{ ...time, time: '24:10' }], specs)).toEqual({
      ok: false,
      problem: 'badTime',
    });
    expect(buildChanges(regulator, [{ ...time, date: '01-01-2999' }], specs)).toEqual({
      ok: false,
      problem: 'future',
    });
  });
});

describe('times typed in the room', () => {
  it('refuses hours, minutes and days that do not exist instead of rolling them over', () => {
    expect(() => occurredFromInputs('', '25:00')).toThrow(RangeError);
    expect(() => occurredFromInputs('', '12:60')).toThrow(RangeError);
    expect(() => occurredFromInputs('31-02-2026', '10:00')).toThrow(RangeError);
    expect(occurredFromInputs('28-11-2026', '9:05')).toBe('2026-11-28T08:05:00.000Z');
  });

  it('puts the next update today or tomorrow on the Amsterdam clock', () => {
    // 23:30 in Amsterdam (22:30 UTC): "tomorrow" is the next Amsterdam day, not the next UTC day
    const late = new Date('2026-11-28T22:30:00.000Z');
    expect(amsterdamDay(0, late)).toBe('2026-11-28');
    expect(nextUpdateFromInputs('tomorrow', '09:30', late)).toBe('2026-11-29T08:30:00.000Z');
    expect(nextUpdateFromInputs('today', '23:45', late)).toBe('2026-11-28T22:45:00.000Z');
    // the last Sunday of March: 02:30 does not exist, but 09:30 tomorrow is summer time
    expect(nextUpdateFromInputs('tomorrow', '09:30', new Date('2026-03-28T12:00:00Z'))).toBe(
      '2026-03-29T07:30:00.000Z',
    );
    expect(nextUpdateFromInputs('today', '', late)).toBeNull();
    expect(() => nextUpdateFromInputs('today', '9.30', late)).toThrow(RangeError);
  });
});

describe('quick bar kinds', () => {
  it('offers the evaluator only in an exercise, by Alt+O', () => {
    expect(quickKinds(false)).toEqual(['note', 'decision', 'observation']);
    expect(quickKinds(true)).toEqual(['note', 'decision', 'observation', 'evaluator']);
    expect(quickKindForKey('w', 'KeyW', false)).toBe('observation');
    expect(quickKindForKey('o', 'KeyO', false)).toBeNull();
    expect(quickKindForKey('ø', 'KeyO', true)).toBe('evaluator');
  });

  it('logs the evaluator as an observation marked as the evaluator note', () => {
    expect(quickBody('evaluator', 'x')).toEqual({ kind: 'observation', summary: 'x', evaluatorNote: true });
    expect(quickBody('observation', 'x')).toEqual({
      kind: 'observation',
      summary: 'x',
      evaluatorNote: false,
    });
    expect(quickBody('decision', 'x')).toEqual({ kind: 'decision', summary: 'x' });
  });
});
