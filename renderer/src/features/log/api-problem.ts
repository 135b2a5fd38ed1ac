import { ApiError } from '../../api/client';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

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
export function problemText(error: unknown, language: string, t: Translate, exists: Exists): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.code === 'api.invalidInput') {
    const first = issuesOf(error)[0];
    const field = first?.path.at(-1);
    if (field && exists(`log:correction.fields.${field}`)) {
      const name = t(`correction.fields.${field}`);
      return first?.message === 'verplicht'
        ? `${name}: ${t('message.required')}`
        : t('message.invalidField', { field: name });
    }
  }
  return error.text(language);
}
