import type { Locale } from '../matrix/labels';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../matrix/labels';
import type { LogEntryBody } from './entry-schema';

/**
 * One line that says what an entry is about, for lists where there is no room for the whole entry
 * (the CLI, compact rows). Kinds without a summary field get one built from their data.
 */
export function summaryOf(body: LogEntryBody, locale: Locale = 'nl'): string {
  switch (body.kind) {
    case 'messageSent':
    case 'messageReceived':
    case 'decision':
    case 'observation':
    case 'regulatorNotification':
    case 'note':
      return body.summary;
    case 'correction':
      return locale === 'nl'
        ? `corrigeert #${body.corrects}: ${body.reason}`
        : `corrects #${body.corrects}: ${body.reason}`;
    case 'incidentChange':
      return describeIncidentChange(body.change, locale);
  }
}

type Change = Extract<LogEntryBody, { kind: 'incidentChange' }>['change'];

function describeIncidentChange(change: Change, locale: Locale): string {
  const nl = locale === 'nl';
  switch (change.field) {
    case 'created':
      return nl ? `incident aangemaakt: ${change.title}` : `incident created: ${change.title}`;
    case 'title':
      return nl ? `titel: ${change.from} → ${change.to}` : `title: ${change.from} → ${change.to}`;
    case 'natures':
      return `${nl ? 'aard' : 'nature'}: ${change.from.join(', ') || '–'} → ${change.to.join(', ') || '–'}`;
    case 'visibility':
      return `${nl ? 'zichtbaarheid' : 'visibility'} ${AUDIENCE_LABELS[change.audience].short[locale]}: ${change.from} → ${change.to}`;
    case 'phase':
      return `${nl ? 'fase' : 'phase'}: ${PHASE_LABELS[change.from].short[locale]} → ${PHASE_LABELS[change.to].short[locale]}`;
    case 'status':
      return `status: ${change.from} → ${change.to}`;
  }
}
