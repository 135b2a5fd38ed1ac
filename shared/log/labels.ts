import type { Localized } from '../matrix/labels';
import type { LogEntryKind } from './entry-schema';

/** Names of the entry kinds as the room reads them (log view, CLI, CSV). */
export const LOG_KIND_LABELS: Readonly<Record<LogEntryKind, Localized>> = {
  messageSent: { nl: 'Bericht verstuurd', en: 'Message sent' },
  messageReceived: { nl: 'Bericht ontvangen', en: 'Message received' },
  decision: { nl: 'Besluit', en: 'Decision' },
  observation: { nl: 'Waarneming', en: 'Observation' },
  regulatorNotification: { nl: 'Melding toezichthouder', en: 'Regulator notification' },
  incidentChange: { nl: 'Wijziging incident', en: 'Incident change' },
  note: { nl: 'Notitie', en: 'Note' },
  correction: { nl: 'Correctie', en: 'Correction' },
};

export const TONE_LABELS: Readonly<Record<'positive' | 'neutral' | 'negative', Localized>> = {
  positive: { nl: 'positief', en: 'positive' },
  neutral: { nl: 'neutraal', en: 'neutral' },
  negative: { nl: 'negatief', en: 'negative' },
};

export const NOTIFICATION_TYPE_LABELS: Readonly<
  Record<'earlyWarning' | 'notification' | 'finalReport' | 'other', Localized>
> = {
  earlyWarning: { nl: 'vroegtijdige waarschuwing', en: 'early warning' },
  notification: { nl: 'melding', en: 'notification' },
  finalReport: { nl: 'eindrapport', en: 'final report' },
  other: { nl: 'anders', en: 'other' },
};
