import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, nextExerciseIcs } from '../../../shared/protocol/ics';
import { loadSample } from './load-sample';

const NOW = new Date('2026-11-28T10:49:51Z');

/** Unfolds and splits an iCalendar text into its content lines. */
const contentLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('nextExerciseIcs', () => {
  it('writes one VEVENT with a timed start converted from Amsterdam to UTC', () => {
    const ics = nextExerciseIcs(loadSample(), NOW);
    const lines = contentLines(ics);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    // without a workspace UID one is derived from the organisation, never from the date
    expect(lines).toContain('UID:exercise-dur@ketenbord.invalid');
    expect(lines).toContain('SEQUENCE:0');
    expect(lines).toContain('DTSTAMP:20261128T104951Z');
    // 09:30 in Amsterdam in March (CET, UTC+1) is 08:30 UTC.
    expect(lines).toContain('DTSTART:20270311T083000Z');
    expect(lines).toContain('DTEND:20270311T113000Z');
    expect(lines).toContain('SUMMARY:Oefening crisiscommunicatie – DUR');
    expect(lines).toContain('LOCATION:Crisisruimte DUR\\, Utrecht\\, zaal 4.12');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(
      'Teamleiding: Marieke Jansen / Hans Bakker',
    );
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('uses CRLF only and folds every line at 75 octets', () => {
    const ics = nextExerciseIcs(loadSample(), NOW);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('writes an all-day event when no time is set', () => {
    const p = loadSample();
    p.exercise.nextExerciseTime = null;
    p.exercise.nextExercise = '2027-12-31';
    const lines = contentLines(nextExerciseIcs(p, NOW));
    expect(lines).toContain('DTSTART;VALUE=DATE:20271231');
    expect(lines).toContain('DTEND;VALUE=DATE:20280101');
  });

  it('refuses without a date', () => {
    const p = loadSample();
    p.exercise.nextExercise = null;
    expect(() => nextExerciseIcs(p, NOW)).toThrow(/geen datum/);
  });
});

describe('ics text helpers', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
