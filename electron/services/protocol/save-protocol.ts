import type { SaveResult } from '../../../shared/api/protocol-api';
import { normaliseEmail, normalisePhone } from '../../../shared/protocol/phone';
import { type Protocol, protocolSchema } from '../../../shared/protocol/schema';
import type { AppContext } from '../app-context';
import { type Decision, decideInUpdate } from './decide-in-update';
import { protocolStore } from './protocol-document';
import { revisionOf, stateOf, toFieldIssues } from './protocol-state';

/**
 * Saves the editor's draft. Refusals come back as a result, not an error, because they are normal
 * in an editor: the UI puts each issue beside its field and keeps the draft.
 */
export async function saveProtocol(
  ctx: AppContext,
  input: { protocol: Record<string, unknown>; baseRevision: string | null },
): Promise<SaveResult> {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await protocolStore(session);
  // The revision check and the merge of operations run on the protocol as it is when this save's
  // turn comes: a template, matrix or protocol save queued just before must not be overwritten.
  const { outcome, saved } = await decideInUpdate(store, (current): Decision<Protocol, SaveResult | null> => {
    if (input.baseRevision !== null && input.baseRevision !== revisionOf(current)) {
      return { keep: true, outcome: conflict() };
    }
    const parsed = protocolSchema.safeParse(withStoredOperations(input.protocol, current));
    if (!parsed.success) return { keep: true, outcome: invalid(parsed.error.issues) };
    return { write: normaliseContacts(parsed.data), outcome: null };
  });
  if (saved === null) return outcome ?? conflict();
  ctx.events.emit('protocol.changed', {});
  return { saved: true, state: stateOf(saved) };
}

/** The matrix and the templates belong to other editors: always keep what is stored. */
function withStoredOperations(draft: Record<string, unknown>, current: Protocol): Record<string, unknown> {
  const draftOperations = draft.operations;
  const nis2 =
    typeof draftOperations === 'object' && draftOperations !== null && 'nis2Applies' in draftOperations
      ? draftOperations.nis2Applies
      : current.operations.nis2Applies;
  return { ...draft, operations: { ...current.operations, nis2Applies: nis2 } };
}

function conflict(): SaveResult {
  return {
    saved: false,
    reason: 'conflict',
    message: {
      nl: 'Het protocol is intussen ergens anders gewijzigd (in een ander venster of door een import). Uw wijzigingen zijn niet opgeslagen maar staan nog in het concept.',
      en: 'The protocol was changed elsewhere in the meantime (another window or an import). Your changes were not saved but are still in the draft.',
    },
    issues: [],
  };
}

function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): SaveResult {
  const count = issues.length;
  return {
    saved: false,
    reason: 'invalid',
    message: {
      nl: `Niet opgeslagen: ${count === 1 ? 'één veld klopt' : `${count} velden kloppen`} nog niet. Uw invoer staat nog in het concept.`,
      en: `Not saved: ${count === 1 ? 'one field is' : `${count} fields are`} not right yet. Your input is still in the draft.`,
    },
    issues: toFieldIssues(issues),
  };
}

/**
 * Stores every number as E.164 and every e-mail domain in lower case, whatever spelling the draft
 * had (e.g. saved with Ctrl+S before the field normalised itself), so the board dials one format.
 */
function normaliseContacts(p: Protocol): Protocol {
  const phone = (v: string) => {
    if (v === '') return v;
    const r = normalisePhone(v);
    return r.ok ? r.e164 : v;
  };
  for (const person of p.people) {
    person.workPhone = phone(person.workPhone);
    person.privatePhone = phone(person.privatePhone);
    if (person.mobilePhone !== undefined) person.mobilePhone = phone(person.mobilePhone);
    if (person.email !== '') {
      const r = normaliseEmail(person.email);
      if (r.ok) person.email = r.email;
    }
  }
  return p;
}
