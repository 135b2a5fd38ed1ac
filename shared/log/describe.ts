import { LEGAL_CLOCK_LABELS } from '../clocks/labels';
import { actionDefinition } from '../matrix/actions';
import {
  AUDIENCE_LABELS,
  type Locale,
  NATURE_LABELS,
  PHASE_LABELS,
  VISIBILITY_LABELS,
} from '../matrix/labels';
import { changesOf, type DecisionSubject, type IncidentChangeItem, type LogEntry } from './entry-schema';
import { INCIDENT_STATUS_LABELS, NOTIFICATION_TYPE_LABELS, REGULATOR_LABELS } from './labels';
import { DATE_TIME, formatAmsterdam } from './time';

/**
 * The app's own entries store what happened (structured), never a sentence; this writes them out
 * in the reader's language, with labels, never codes. Used by the board, the log, the CSV, the
 * reports and the command line alike.
 */
const W = {
  created: {
    nl: 'Incident aangemaakt: {title} (fase {phase})',
    en: 'Incident created: {title} (phase {phase})',
  },
  createdNoPhase: { nl: 'Incident aangemaakt: {title}', en: 'Incident created: {title}' },
  title: { nl: 'Titel: {from} → {to}', en: 'Title: {from} → {to}' },
  natures: { nl: 'Aard: {from} → {to}', en: 'Nature: {from} → {to}' },
  visibility: { nl: 'Zichtbaarheid {audience}: {from} → {to}', en: 'Visibility {audience}: {from} → {to}' },
  phase: { nl: 'Fase: {from} → {to}', en: 'Phase: {from} → {to}' },
  status: { nl: 'Status: {from} → {to}', en: 'Status: {from} → {to}' },
  notApplicable: {
    nl: 'Actie {action} ({label}) niet van toepassing voor {audience} in fase {phase}',
    en: 'Action {action} ({label}) not applicable to {audience} in phase {phase}',
  },
  notNeeded: {
    nl: 'Actie {action} ({label}) niet nodig voor {audience} in fase {phase}',
    en: 'Action {action} ({label}) not needed for {audience} in phase {phase}',
  },
  excluded: {
    nl: '{organisation} hoeft over dit incident niet te worden geïnformeerd ({audience})',
    en: '{organisation} need not be informed about this incident ({audience})',
  },
  notNotifiable: { nl: 'Niet meldplichtig: {clock}', en: 'Not notifiable: {clock}' },
  significant: {
    nl: 'NIS2: significant incident, bekend sinds {time}',
    en: 'NIS2: significant incident, known since {time}',
  },
  notSignificant: { nl: 'NIS2: geen significant incident', en: 'NIS2: not a significant incident' },
  escalationMet: {
    nl: 'Escalatievoorwaarde voldaan: {text}',
    en: 'Escalation condition met: {text}',
  },
  because: { nl: '{text} — reden: {reason}', en: '{text} — reason: {reason}' },
  none: { nl: '–', en: '–' },
} as const;

/** Puts values into a `{name}` template; shared by the app's own texts in shared/ (not i18next's). */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export function describeChange(change: IncidentChangeItem, locale: Locale): string {
  switch (change.field) {
    case 'created':
      return change.phase
        ? fill(W.created[locale], { title: change.title, phase: PHASE_LABELS[change.phase].short[locale] })
        : fill(W.createdNoPhase[locale], { title: change.title });
    case 'title':
      return fill(W.title[locale], { from: change.from, to: change.to });
    case 'natures': {
      const list = (n: readonly (keyof typeof NATURE_LABELS)[]) =>
        n.map((x) => NATURE_LABELS[x].short[locale]).join(', ') || W.none[locale];
      return fill(W.natures[locale], { from: list(change.from), to: list(change.to) });
    }
    case 'visibility':
      return fill(W.visibility[locale], {
        audience: AUDIENCE_LABELS[change.audience].short[locale],
        from: VISIBILITY_LABELS[change.from].full[locale].toLocaleLowerCase(locale),
        to: VISIBILITY_LABELS[change.to].full[locale].toLocaleLowerCase(locale),
      });
    case 'phase':
      return fill(W.phase[locale], {
        from: PHASE_LABELS[change.from].short[locale],
        to: PHASE_LABELS[change.to].short[locale],
      });
    case 'status':
      return fill(W.status[locale], {
        from: INCIDENT_STATUS_LABELS[change.from][locale],
        to: INCIDENT_STATUS_LABELS[change.to][locale],
      });
  }
}

/** Every change of an incidentChange entry, joined: "Fase: … → …; Zichtbaarheid Publiek: …". */
export function describeChanges(
  entry: Extract<LogEntry, { kind: 'incidentChange' }>,
  locale: Locale,
): string {
  return changesOf(entry)
    .map((c) => describeChange(c, locale))
    .join('; ');
}

/**
 * A decision the app recorded for a button. `organisationName` turns a stakeholder id into its
 * name (the protocol may have renamed it since; the id stays).
 */
export function describeSubject(
  subject: DecisionSubject,
  locale: Locale,
  organisationName: (id: string) => string | undefined = () => undefined,
): string {
  switch (subject.type) {
    case 'actionNotApplicable':
    case 'actionNotNeeded':
      return fill((subject.type === 'actionNotApplicable' ? W.notApplicable : W.notNeeded)[locale], {
        action: subject.action,
        label: actionDefinition(subject.action)?.label[locale] ?? '',
        audience: AUDIENCE_LABELS[subject.audience].short[locale],
        phase: PHASE_LABELS[subject.phase].short[locale],
      });
    case 'recipientExcluded':
      return fill(W.excluded[locale], {
        organisation: organisationName(subject.recipient) ?? subject.recipient,
        audience: AUDIENCE_LABELS[subject.audience].short[locale],
      });
    case 'notNotifiable':
      return fill(W.notNotifiable[locale], { clock: LEGAL_CLOCK_LABELS[subject.clock].short[locale] });
    case 'nis2Significance':
      return subject.significant
        ? fill(W.significant[locale], {
            time: subject.awareAt ? formatAmsterdam(subject.awareAt, DATE_TIME) : '–',
          })
        : W.notSignificant[locale];
    case 'escalationMet':
      return fill(W.escalationMet[locale], { text: subject.text });
  }
}

/** A decision in words: the app's subject when it has one (with the reason), else what was typed. */
export function describeDecision(
  entry: Extract<LogEntry, { kind: 'decision' }>,
  locale: Locale,
  organisationName?: (id: string) => string | undefined,
): string {
  if (!entry.subject) return entry.summary;
  const text = describeSubject(entry.subject, locale, organisationName);
  return entry.reason ? fill(W.because[locale], { text, reason: entry.reason }) : text;
}

/** Who a notification went to, in words: the name typed, else the regulator's label (never "supervisor"). */
export function regulatorName(
  entry: Extract<LogEntry, { kind: 'regulatorNotification' }>,
  locale: Locale,
): string {
  return entry.regulatorName || REGULATOR_LABELS[entry.regulator][locale];
}

export function describeRegulator(
  entry: Extract<LogEntry, { kind: 'regulatorNotification' }>,
  locale: Locale,
): string {
  return `${regulatorName(entry, locale)} — ${NOTIFICATION_TYPE_LABELS[entry.notificationType][locale]}`;
}
