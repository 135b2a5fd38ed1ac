import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../../../shared/api/protocol-api';
import { pick } from '../../../../../shared/i18n/locale';
import { type Protocol, protocolSchema } from '../../../../../shared/protocol/schema';
import { issueText, valueAt } from './issue-text';
import { domId, type FieldTarget, issueTarget } from './targets';

export interface ShownIssue {
  id: string;
  target: FieldTarget;
  message: string;
}

/**
 * An issue's text in the interface language: the back end's issues (a refused save) carry Dutch in
 * `message` and English in `en`; the editor's own (validateDraft) are already in that language.
 */
function messageOf(issue: FieldIssue, language: string): string {
  return issue.en === undefined ? issue.message : pick({ nl: issue.message, en: issue.en }, language);
}

/** Field issues keyed by DOM id; the first message per field wins (it is the most basic one). */
export function issuesByField(
  p: Protocol,
  issues: readonly FieldIssue[],
  language: string,
): Map<string, ShownIssue> {
  const out = new Map<string, ShownIssue>();
  for (const issue of issues) {
    const target = issueTarget(p, issue.path);
    const id = domId(target);
    if (!out.has(id)) out.set(id, { id, target, message: messageOf(issue, language) });
  }
  return out;
}

/**
 * The same check the back end runs on save, so the editor can say it before the user asks; the
 * messages in the interface language (`t` of the protocol namespace in that language).
 */
export function validateDraft(p: Protocol, language: string, t: TFunction<'protocol'>): FieldIssue[] {
  const result = protocolSchema.safeParse(p);
  return result.success
    ? []
    : result.error.issues.map((i) => ({
        path: i.path.map(String),
        message: issueText(i, valueAt(p, i.path), language, t),
      }));
}
