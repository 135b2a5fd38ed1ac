import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISE_CALENDAR_PATH } from '../../../electron/services/protocol/exercise-calendar-document';
import { startTestBackend, type TestBackend } from '../../fixtures/test-backend';

let backend: TestBackend;

beforeAll(async () => {
  backend = await startTestBackend('ketenbord-ics-');
  await backend.call('protocol.loadSample', { confirm: true });
});
afterAll(async () => backend.close());

/** Parses the file with ical.js (Mozilla's RFC 5545 parser), as a calendar program reads it. */
function parse(text: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  const vevent = vcalendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    rrule: vevent.getFirstPropertyValue('rrule')?.toString() ?? null,
    alarms: vevent.getAllSubcomponents('valarm').map((a) => ({
      action: a.getFirstPropertyValue('action'),
      trigger: a.getFirstPropertyValue('trigger')?.toString(),
    })),
    summary: event.summary,
  };
}

async function ics(yearly = false) {
  return parse((await backend.call('protocol.ics', { yearly })).text);
}

async function moveExercise(date: string) {
  const state = await backend.call('protocol.get', {});
  const protocol = structuredClone(state.protocol);
  protocol.exercise.nextExercise = date;
  await backend.call('protocol.save', { protocol, baseRevision: null });
}

describe('the exercise invitation (.ics)', () => {
  it('keeps one UID per workspace; SEQUENCE rises only when the event changes; a reminder; an optional yearly repeat', async () => {
    const first = await ics();
    expect(first.uid).toMatch(/^exercise-[0-9a-f-]{36}@ketenbord\.invalid$/);
    expect(first.uid).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(first.sequence).toBe(0);
    expect(first.rrule).toBeNull();
    expect(first.alarms).toEqual([{ action: 'DISPLAY', trigger: '-P1D' }]);

    // the same event again: same UID, same SEQUENCE (nothing changed)
    expect(await ics()).toMatchObject({ uid: first.uid, sequence: 0 });

    await moveExercise('2027-04-15');
    const moved = await ics();
    expect(moved).toMatchObject({ uid: first.uid, sequence: 1 });
    expect(moved.start.slice(0, 10)).toBe('2027-04-15');

    const yearly = await ics(true);
    expect(yearly).toMatchObject({ uid: first.uid, sequence: 2, rrule: 'FREQ=YEARLY' });

    const stored = JSON.parse(
      await readFile(backend.ctx.requireWorkspace().resolve(EXERCISE_CALENDAR_PATH), 'utf8'),
    );
    expect(stored).toMatchObject({ schemaVersion: 1, uid: first.uid, sequence: 2 });
  });
});
