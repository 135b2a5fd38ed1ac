import type { Localized } from '../matrix/labels';
import type { LogEntryKind, NotificationType, Regulator } from './entry-schema';

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

export const NOTIFICATION_TYPE_LABELS: Readonly<Record<NotificationType, Localized>> = {
  earlyWarning: { nl: 'vroegtijdige waarschuwing', en: 'early warning' },
  notification: { nl: 'melding', en: 'notification' },
  supplement: { nl: 'aanvulling op melding', en: 'supplement to a notification' },
  intermediateReport: { nl: 'tussentijds verslag', en: 'intermediate report' },
  finalReport: { nl: 'eindverslag', en: 'final report' },
  other: { nl: 'anders', en: 'other' },
};

export const REGULATOR_LABELS: Readonly<Record<Regulator, Localized>> = {
  AP: { nl: 'Autoriteit Persoonsgegevens (AP)', en: 'Dutch Data Protection Authority (AP)' },
  NCSC: { nl: 'NCSC', en: 'NCSC' },
  CSIRT: { nl: 'CSIRT van de sector', en: 'sector CSIRT' },
  supervisor: { nl: 'sectortoezichthouder', en: 'sector supervisor' },
  other: { nl: 'andere instantie', en: 'other authority' },
};

export const INCIDENT_STATUS_LABELS: Readonly<Record<'open' | 'closed', Localized>> = {
  open: { nl: 'open', en: 'open' },
  closed: { nl: 'gesloten', en: 'closed' },
};
