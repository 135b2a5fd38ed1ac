import { describeChanges, describeSubject } from './describe';
import type { LogEntry } from './entry-schema';

/**
 * Folds text for matching: lower case and without diacritics, so "geinformeerd" finds
 * "geïnformeerd" and "Reactie" finds "reactie".
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII; skip the (costly) Unicode decomposition for it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** The words a free-text search looks through: summary, full text, recipients, sender. */
export function searchableText(entry: LogEntry): string {
  const parts: string[] = [];
  switch (entry.kind) {
    case 'messageSent':
      parts.push(entry.summary, entry.fullText ?? '', entry.channel, entry.sentBy);
      for (const r of entry.recipients) parts.push(r.name, r.organisation ?? '');
      break;
    case 'messageReceived':
      parts.push(entry.from, entry.summary, entry.fullText ?? '', entry.channel);
      break;
    case 'decision':
      parts.push(entry.summary, entry.reason ?? '');
      // the app's decisions have no sentence of their own: find them by their words in both languages
      if (entry.subject)
        parts.push(describeSubject(entry.subject, 'nl'), describeSubject(entry.subject, 'en'));
      break;
    case 'observation':
      parts.push(entry.summary, entry.medium ?? '');
      break;
    case 'regulatorNotification':
      parts.push(entry.summary, entry.regulator, entry.regulatorName ?? '', entry.reference ?? '');
      break;
    case 'note':
      parts.push(entry.summary);
      break;
    case 'incidentChange':
      parts.push(describeChanges(entry, 'nl'), describeChanges(entry, 'en'));
      break;
    case 'correction':
      parts.push(entry.reason);
      for (const value of Object.values(entry.changes)) if (typeof value === 'string') parts.push(value);
      break;
  }
  parts.push(entry.author);
  // A separator that no query contains keeps words of different fields from running together.
  return foldForSearch(parts.filter((p) => p !== '').join('\u0001'));
}
