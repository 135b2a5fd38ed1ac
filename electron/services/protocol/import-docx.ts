import type { DocxPreview } from '../../../shared/api/protocol-api';
import { AppError } from '../../../shared/errors/app-error';
import { buildProtocolFromDocx, type TableChoice } from '../../../shared/protocol/import/docx-build';
import { mergeProtocol, replaceProtocol } from '../../../shared/protocol/import/protocol-merge';
import { checkReadiness } from '../../../shared/protocol/readiness';
import { type Protocol, protocolSchema } from '../../../shared/protocol/schema';
import type { AppContext } from '../app-context';
import { decideInUpdate } from './decide-in-update';
import { readDocx } from './import/read-docx';
import { protocolStore } from './protocol-document';
import { stateOf, toFieldIssues } from './protocol-state';

/**
 * The Word protocol import (issue 14): a preview that stores nothing, and a confirm that reads the
 * same file with the same mapping again and merges or replaces inside the store's update, so the
 * protocol changes whole or not at all.
 */
interface DocxInput {
  fileName: string;
  base64: string;
  tableKinds?: Record<string, TableChoice>;
}

function draftOf(input: DocxInput) {
  const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
  return buildProtocolFromDocx(readDocx(bytes), input.tableKinds ?? {});
}

/** The same schema as every stored protocol; a result that fails it is refused, never stored. */
function validated(protocol: Protocol): Protocol {
  const parsed = protocolSchema.safeParse(protocol);
  if (parsed.success) return parsed.data;
  const issues = toFieldIssues(parsed.error.issues);
  const listed = issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
  throw new AppError(
    'protocol.docxInvalid',
    {
      nl: `Het ingelezen protocol klopt niet (${listed}). Er is niets opgeslagen.`,
      en: `The imported protocol is not valid (${listed}). Nothing was saved.`,
    },
    { issues },
  );
}

export function hasContent(p: Protocol): boolean {
  return (
    p.people.length > 0 ||
    p.systems.length > 0 ||
    p.organisation.name !== '' ||
    p.escalationConditions.length > 0
  );
}

export async function previewDocx(ctx: AppContext, input: DocxInput): Promise<DocxPreview> {
  const store = await protocolStore(ctx.requireWorkspace());
  const draft = draftOf(input);
  const protocol = validated(draft.protocol);
  const current = store.data;
  const today = new Date();
  return {
    tables: draft.tables,
    facts: draft.facts,
    notUnderstood: draft.notUnderstood,
    counts: draft.counts,
    protocol,
    readiness: {
      replace: checkReadiness(validated(replaceProtocol(current, protocol)), today),
      merge: checkReadiness(validated(mergeProtocol(current, protocol)), today),
    },
    currentHasContent: hasContent(current),
  };
}

export async function importDocx(ctx: AppContext, input: DocxInput & { mode: 'merge' | 'replace' }) {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await protocolStore(session);
  const draft = validated(draftOf(input).protocol);
  const { saved } = await decideInUpdate(store, (current) => {
    const next = input.mode === 'merge' ? mergeProtocol(current, draft) : replaceProtocol(current, draft);
    return { write: validated(next), outcome: null };
  });
  ctx.events.emit('protocol.changed', {});
  return stateOf(saved ?? store.data);
}
