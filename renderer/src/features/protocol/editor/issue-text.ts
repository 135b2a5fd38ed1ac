import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isEnglish } from '../../../../../shared/i18n/locale';

type Issue = z.core.$ZodIssue;
type Translate = TFunction<'protocol'>;

/** The value a path points at inside the draft: the id or number the message is about. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

const shown = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A refinement of the protocol's own (superRefine/refine) in words, told apart by where it points. */
function customText(issue: Issue, value: unknown, t: Translate): string {
  const field = String(issue.path.at(-1) ?? '');
  if (field === 'email') return t('validation.email');
  if (/phone/i.test(field)) return t('validation.phone', { value: shown(value) });
  if (field === 'outsourcingKind')
    return value === null
      ? t('validation.outsourcingKindMissing')
      : t('validation.outsourcingKindNotAllowed');
  if (field === 'id') return t('validation.duplicateId', { id: shown(value) });
  // every other refinement checks that a reference (a person, system, stakeholder, channel) resolves
  return t('validation.unknownReference', { id: shown(value) || field });
}

/**
 * A zod issue of the protocol check in the reader's language (issue 13). The schema in shared/
 * writes Dutch, for the back end and the CLI; the editor reads the issue's code and bounds
 * instead, so an English editor never shows a Dutch sentence. The schema's own Dutch sentence for
 * a refinement is kept in Dutch, since it can say more (why a phone number fails, which list).
 */
export function issueText(issue: Issue, value: unknown, language: string, t: Translate): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? t('validation.required')
          : t('validation.tooShort', { min: issue.minimum });
      if (issue.origin === 'number') return t('validation.atLeast', { min: issue.minimum });
      break;
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: issue.maximum });
      if (issue.origin === 'number') return t('validation.atMost', { max: issue.maximum });
      if (issue.origin === 'array') return t('validation.tooMany', { max: issue.maximum });
      break;
    case 'invalid_type':
      if (issue.expected === 'string') return t('validation.notText');
      if (issue.expected === 'int') return t('validation.wholeNumber');
      break;
    case 'custom':
      return isEnglish(language) ? customText(issue, value, t) : issue.message;
    default:
      break;
  }
  return t('validation.invalid');
}
