import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { fieldLabel, isNamedField } from './field-label';

type Translate = TFunction<'log'>;

interface Issue {
  path: string[];
  message: string;
}

const issuesOf = (error: ApiError): Issue[] => {
  const issues = error.details?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : [];
};

/**
 * An error from the back end in the reader's words. The API's own check (zod) names a field by its
 * code ("body.summary: verplicht"); a form that let such an entry through gets the field's name
 * and the same "Vul dit in." the form itself shows, never the code.
 */
export function problemText(error: unknown, language: string, t: Translate): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.code === 'api.invalidInput') {
    const first = issuesOf(error)[0];
    const field = first?.path.at(-1);
    if (field && isNamedField(field)) {
      const name = fieldLabel(field, t);
      return first?.message === 'verplicht'
        ? `${name}: ${t('message.required')}`
        : t('message.invalidField', { field: name });
    }
  }
  return error.text(language);
}
