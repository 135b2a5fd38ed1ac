import type { FieldIssue } from '../../../../../shared/api/protocol-api';
import { type Protocol, protocolSchema } from '../../../../../shared/protocol/schema';
import { domId, type FieldTarget, issueTarget } from './targets';

export interface ShownIssue {
  id: string;
  target: FieldTarget;
  message: string;
}

/** Field issues keyed by DOM id; the first message per field wins (it is the most basic one). */
export function issuesByField(p: Protocol, issues: readonly FieldIssue[]): Map<string, ShownIssue> {
  const out = new Map<string, ShownIssue>();
  for (const issue of issues) {
    const target = issueTarget(p, issue.path);
    const id = domId(target);
    if (!out.has(id)) out.set(id, { id, target, message: issue.message });
  }
  return out;
}

/** The same check the back end runs on save, so the editor can say it before the user asks. */
export function validateDraft(p: Protocol): FieldIssue[] {
  const result = protocolSchema.safeParse(p);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
}
