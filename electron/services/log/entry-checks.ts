import type { LogEntry } from '../../../shared/log/entry-schema';
import { logEntryFlatSchema } from '../../../shared/log/parse-entry';
import { liesInFuture } from '../../../shared/model/future-time';
import { isoInstantSchema } from '../../../shared/model/vocabulary';
import { LogJournalError } from './errors';

/*
 * The checks a new entry passes before it is written: when it happened, and whether the whole
 * line is a valid entry. A refusal says what was wrong, and that nothing was recorded.
 */

/** The given "when it happened" as a UTC instant; now when none is given. */
export function normaliseOccurredAt(given: string | undefined, recordedAt: string, now: Date): string {
  if (given === undefined) return recordedAt;
  const ms = Date.parse(given);
  // Date.parse is lenient; require a real ISO date-time with a zone so "10:30" is never guessed at.
  if (
    Number.isNaN(ms) ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(given)
  ) {
    throw new LogJournalError(
      'log.invalidEntry',
      {
        nl: `Het tijdstip "${given}" is geen geldige datum en tijd.`,
        en: `The time "${given}" is not a valid date and time.`,
      },
      { field: 'occurredAt' },
    );
  }
  if (liesInFuture(ms, now)) {
    throw new LogJournalError(
      'log.occurredInFuture',
      {
        nl: 'Het tijdstip waarop het gebeurde ligt in de toekomst. Kies een tijd die al voorbij is.',
        en: 'The time it happened lies in the future. Choose a time that has passed.',
      },
      { occurredAt: given },
    );
  }
  return isoInstantSchema.parse(new Date(ms).toISOString());
}

/** The whole candidate line against the entry schema; a refusal names the fields at fault. */
export function validateEntry(candidate: Record<string, unknown>): LogEntry {
  const result = logEntryFlatSchema.safeParse(candidate);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
  }));
  const where = issues.map((i) => i.path).join(', ');
  throw new LogJournalError(
    'log.invalidEntry',
    {
      nl: `Deze regel is niet compleet of niet geldig (${where}); hij is niet vastgelegd.`,
      en: `This entry is incomplete or invalid (${where}); it was not recorded.`,
    },
    { issues },
  );
}
