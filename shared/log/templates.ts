import type { Audience } from '../model/vocabulary';
import {
  ABOUT_LINE,
  ACTION_CORES,
  AUDIENCE_CORES,
  CLOSINGS,
  type CoreText,
  EXERCISE_PREFIX,
  GENERIC_CORE,
  GREETINGS,
  NEXT_UPDATE_UNKNOWN,
  PASS_ON_LINE,
  type TemplateLanguage,
} from './template-texts';
import { DATE_TIME, formatAmsterdam, TIME_ONLY } from './time';

export { mailtoUrl, telUrl } from './links';
export type { TemplateLanguage } from './template-texts';

export const PLACEHOLDERS = ['organisatie', 'incident', 'tijd', 'volgende_update'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** An organisation's own template (the protocol's messageTemplates); action null = any action. */
export interface OrgTemplate {
  audience: Audience;
  action: number | null;
  language: TemplateLanguage;
  subject: string;
  body: string;
}

/** Plain values from the incident and protocol; the caller looks them up, this module stays pure. */
export interface DraftValues {
  organisation: string;
  incidentTitle: string;
  /** the moment of the message, UTC ISO; shown on the Amsterdam clock */
  time: string;
  /** when the next update is promised, UTC ISO; absent = left for the operator to fill in */
  nextUpdate?: string | null;
  isExercise: boolean;
}

export interface DraftRequest {
  audience: Audience;
  action: number | null;
  language: TemplateLanguage;
  values: DraftValues;
  orgTemplates?: readonly OrgTemplate[];
}

export interface Draft {
  subject: string;
  body: string;
  /** whether the organisation's own template was used, for a hint in the form */
  source: 'organisation' | 'default';
}

export function draftMessage(request: DraftRequest): Draft {
  const { audience, action, language, values } = request;
  const own = findOrgTemplate(request.orgTemplates ?? [], audience, action, language);
  const template = own ?? defaultTemplate(audience, action, language);
  let subject = fillPlaceholders(template.subject, placeholderValues(values, language));
  let body = fillPlaceholders(template.body, placeholderValues(values, language));
  if (values.isExercise) {
    // Nobody may mistake an exercise message for the real thing, also when it is forwarded.
    const prefix = EXERCISE_PREFIX[language];
    if (!subject.trimStart().startsWith('OEFENING')) subject = prefix.subject + subject;
    if (!body.trimStart().startsWith('OEFENING')) body = prefix.body + body;
  }
  return { subject, body, source: own ? 'organisation' : 'default' };
}

/**
 * Most specific first; at equal specificity the organisation's own text wins. A default written
 * for this very action beats the organisation's catch-all for the audience, because the action's
 * content (facts, forecast, instructions) matters more than the house style.
 */
function findOrgTemplate(
  own: readonly OrgTemplate[],
  audience: Audience,
  action: number | null,
  language: TemplateLanguage,
): OrgTemplate | undefined {
  const mine = own.filter((t) => t.audience === audience && t.language === language);
  const exact = mine.find((t) => t.action === action);
  if (exact) return exact;
  if (action !== null && ACTION_CORES[language][action]) return undefined;
  return mine.find((t) => t.action === null);
}

/** The built-in template for an audience and action, with placeholders still in it. */
export function defaultTemplate(
  audience: Audience,
  action: number | null,
  language: TemplateLanguage,
): CoreText {
  const core: CoreText =
    (action !== null
      ? (AUDIENCE_CORES[language][audience]?.[action] ?? ACTION_CORES[language][action])
      : undefined) ?? GENERIC_CORE[language];
  const addressed = audience !== 'public';
  const parts = [
    GREETINGS[language][audience],
    addressed ? ABOUT_LINE[language] : '',
    core.body,
    audience === 'outsourcingPartners' || audience === 'chainPartners' ? PASS_ON_LINE[language] : '',
    CLOSINGS[language][addressed ? 'addressed' : 'public'],
  ];
  return { subject: core.subject, body: parts.filter((p) => p !== '').join('\n\n') };
}

export function placeholderValues(
  values: DraftValues,
  language: TemplateLanguage,
): Record<Placeholder, string> {
  return {
    organisatie: values.organisation,
    incident: values.incidentTitle,
    tijd: formatAmsterdam(values.time, DATE_TIME),
    volgende_update: values.nextUpdate
      ? formatNextUpdate(values.time, values.nextUpdate, language)
      : NEXT_UPDATE_UNKNOWN[language],
  };
}

const TOMORROW: Record<TemplateLanguage, string> = { nl: 'morgen', en: 'tomorrow' };

/**
 * "14:00" today, "morgen 09:30" tomorrow, the full date only beyond that: a date in a public
 * message is exactly what the media check advises against (handreiking ch. 3).
 */
function formatNextUpdate(now: string, next: string, language: TemplateLanguage): string {
  const day = (iso: string) => formatAmsterdam(iso, 'yyyy-MM-dd');
  if (day(now) === day(next)) return formatAmsterdam(next, TIME_ONLY);
  const tomorrow = new Date(Date.parse(now) + 24 * 60 * 60 * 1000).toISOString();
  if (day(tomorrow) === day(next)) return `${TOMORROW[language]} ${formatAmsterdam(next, TIME_ONLY)}`;
  return formatAmsterdam(next, DATE_TIME);
}

/**
 * Replaces {organisatie}, {incident}, {tijd} and {volgende_update} in one pass, so braces inside a
 * filled-in value (an incident title with "{tijd}" in it) are left alone. Unknown names stay
 * visible for the operator to notice.
 */
export function fillPlaceholders(text: string, values: Record<Placeholder, string>): string {
  return text.replace(
    /\{(organisatie|incident|tijd|volgende_update)\}/g,
    (_m, name: Placeholder) => values[name],
  );
}
