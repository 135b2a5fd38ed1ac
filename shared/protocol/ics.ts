import { TZDate } from '@date-fns/tz';
import type { Locale } from '../i18n/locale';
import { textsOf } from '../i18n/texts';
import { translate } from '../i18n/translator';
import type { Protocol } from './schema';

/**
 * The next exercise as an RFC 5545 calendar file, so it lands in everyone's agenda. Times are
 * written in UTC (…Z) rather than with a TZID, which would require a VTIMEZONE block that
 * calendar programs handle unevenly.
 */
const ZONE = 'Europe/Amsterdam';
/** Length of a timed exercise when none is stored: a morning or an afternoon. */
const TIMED_EXERCISE_HOURS = 3;

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (§3.1), never inside a multi-byte character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const len = utf8Length(ch);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + len > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += len;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(
    d.getUTCMinutes(),
  )}${pad(d.getUTCSeconds())}Z`;
}

function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return `${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`;
}

function describeExercise(protocol: Protocol, language: Locale): string {
  const C = textsOf(language, 'calendar');
  const people = new Map(protocol.people.map((p) => [p.id, p.name]));
  const team = protocol.crisisOrganisation.roles
    .map((r) => {
      const names = [r.responsibleId, r.deputyId]
        .map((id) => (id ? people.get(id) : undefined))
        .filter(Boolean);
      return names.length > 0 ? `- ${r.name}: ${names.join(' / ')}` : `- ${r.name}`;
    })
    .join('\n');
  return [C.purpose, C.afterwards, '', C.crisisTeam, team].join('\n');
}

export interface ExerciseIcsOptions {
  /** the workspace's own UID for its exercise (exercise-calendar.json); a derived one when absent */
  uid?: string;
  /** RFC 5545 SEQUENCE: raised by the caller whenever the event's content changed */
  sequence?: number;
  /** repeat every year on the same date (RRULE:FREQ=YEARLY) */
  yearly?: boolean;
  /** the invitation's language (summary, description, reminder); Dutch when not given */
  language?: Locale;
}

/**
 * The event's content lines, without DTSTAMP and SEQUENCE: what a calendar compares to see
 * whether the event changed. The caller fingerprints these to decide whether SEQUENCE goes up.
 */
export function exerciseEventContent(
  protocol: Protocol,
  options: Pick<ExerciseIcsOptions, 'yearly' | 'language'> = {},
): string[] {
  const { nextExercise: date, nextExerciseTime: time, nextExerciseLocation: location } = protocol.exercise;
  const language = options.language ?? 'nl';
  if (date === null) throw new Error(textsOf(language, 'calendar').noDate);
  const org = protocol.organisation.shortName || protocol.organisation.name;
  const lines: string[] = [];
  if (time === null) {
    lines.push(`DTSTART;VALUE=DATE:${date.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${nextDay(date)}`);
  } else {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    const start = new TZDate(y, m - 1, d, hh, mm, 0, ZONE);
    const end = new Date(start.getTime() + TIMED_EXERCISE_HOURS * 3_600_000);
    lines.push(`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(end)}`);
  }
  if (options.yearly) lines.push('RRULE:FREQ=YEARLY');
  const summary = org
    ? translate(language, 'calendar:summaryFor', { organisation: org })
    : textsOf(language, 'calendar').summary;
  lines.push(`SUMMARY:${escapeIcsText(summary)}`);
  lines.push(`DESCRIPTION:${escapeIcsText(describeExercise(protocol, language))}`);
  if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
  // A reminder the day before, so the room, the scenario and the observers can still be arranged:
  // 24 hours before a timed start; 09:00 the day before an all-day one (15 hours before midnight).
  lines.push(
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${time === null ? '-PT15H' : '-P1D'}`,
    `DESCRIPTION:${escapeIcsText(translate(language, 'calendar:reminder', { summary }))}`,
    'END:VALARM',
  );
  return lines;
}

export function nextExerciseIcs(protocol: Protocol, now: Date, options: ExerciseIcsOptions = {}): string {
  const org = protocol.organisation.shortName || protocol.organisation.name;
  const content = exerciseEventContent(protocol, options);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ketenbord//Protocol//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // One UID per workspace's exercise, never the date: moving the date updates the event.
    `UID:${options.uid ?? `exercise-${slug(org)}@ketenbord.invalid`}`,
    `SEQUENCE:${options.sequence ?? 0}`,
    `DTSTAMP:${utcStamp(now)}`,
    ...content,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'organisatie'
  );
}
