import type { SaveResult } from '../../../shared/api/protocol-api';
import { normaliseEmail, normalisePhone } from '../../../shared/protocol/phone';
import { type Protocol, protocolSchema } from '../../../shared/protocol/schema';
import type { AppContext } from '../app-context';
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
  const current = store.data;
  if (input.baseRevision !== null && input.baseRevision !== revisionOf(current)) {
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
  // The matrix and the templates belong to other editors: always keep what is stored.
  const draftOperations = input.protocol.operations;
  const nis2 =
    typeof draftOperations === 'object' && draftOperations !== null && 'nis2Applies' in draftOperations
      ? draftOperations.nis2Applies
      : current.operations.nis2Applies;
  const candidate = {
    ...input.protocol,
    operations: { ...current.operations, nis2Applies: nis2 },
  };
  const parsed = protocolSchema.safeParse(candidate);
  if (!parsed.success) {
    const count = parsed.error.issues.length;
    return {
      saved: false,
      reason: 'invalid',
      message: {
        nl: `Niet opgeslagen: ${count === 1 ? 'één veld klopt' : `${count} velden kloppen`} nog niet. Uw invoer staat nog in het concept.`,
        en: `Not saved: ${count === 1 ? 'one field is' : `${count} fields are`} not right yet. Your input is still in the draft.`,
      },
      issues: toFieldIssues(parsed.error.issues),
    };
  }
  const saved = await store.replace(normaliseContacts(parsed.data));
  ctx.events.emit('protocol.changed', {});
  return { saved: true, state: stateOf(saved) };
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
