import { byLocale } from '../i18n/locale';
import type { Locale } from '../matrix/labels';
import { describeChanges, describeDecision } from './describe';
import type { LogEntry } from './entry-schema';

/**
 * One line that says what an entry is about, in the reader's language, for lists where there is no
 * room for the whole entry (the CLI, compact rows, the board). The app's own entries (incident
 * changes, decisions taken with a button) are written out from their data, never stored sentences.
 */
export function summaryOf(
  entry: LogEntry,
  locale: Locale = 'nl',
  organisationName?: (id: string) => string | undefined,
): string {
  switch (entry.kind) {
    case 'messageSent':
    case 'messageReceived':
    case 'observation':
    case 'regulatorNotification':
    case 'note':
      return entry.summary;
    case 'decision':
      return describeDecision(entry, locale, organisationName);
    case 'correction':
      return `${byLocale(locale, { nl: 'corrigeert', en: 'corrects' })} #${entry.corrects}: ${entry.reason}`;
    case 'incidentChange':
      return describeChanges(entry, locale);
  }
}
