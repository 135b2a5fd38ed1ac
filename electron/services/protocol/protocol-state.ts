import { createHash } from 'node:crypto';
import type { FieldIssue, ProtocolState } from '../../../shared/api/protocol-api';
import { issueTexts } from '../../../shared/i18n/issue-texts';
import { checkReadiness } from '../../../shared/protocol/readiness';
import type { Protocol } from '../../../shared/protocol/schema';

/**
 * Fingerprint of the parts the protocol editor owns. The organisation matrix and the message
 * templates are edited elsewhere, so a change there must not make the editor's draft "stale".
 */
export function revisionOf(protocol: Protocol): string {
  const { matrix: _matrix, messageTemplates: _templates, ...ownOperations } = protocol.operations;
  const owned = { ...protocol, operations: ownOperations };
  return createHash('sha256').update(JSON.stringify(owned)).digest('hex').slice(0, 32);
}

export function stateOf(protocol: Protocol, today = new Date()): ProtocolState {
  return { protocol, readiness: checkReadiness(protocol, today), revision: revisionOf(protocol) };
}

/** zod issues in the wire shape the editor maps onto its fields. */
export function toFieldIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string; params?: unknown }[],
): FieldIssue[] {
  return issues.map((i) => {
    const texts = issueTexts(i);
    return { path: i.path.map(String), message: texts.nl, en: texts.en };
  });
}
