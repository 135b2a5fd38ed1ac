import type { ContactsPreview } from '../../../shared/api/protocol-api';
import { AppError } from '../../../shared/errors/app-error';
import { IMPORT_FLAG } from '../../../shared/protocol/import/contact-draft';
import type { ColumnMapping } from '../../../shared/protocol/import/csv-columns';
import { findDuplicates, mergePerson } from '../../../shared/protocol/import/duplicates';
import { readContactsFile } from '../../../shared/protocol/import/read-contacts-file';
import type { Person } from '../../../shared/protocol/schema';
import type { AppContext } from '../app-context';
import { decideInUpdate } from './decide-in-update';
import { protocolStore } from './protocol-document';
import { stateOf } from './protocol-state';

const MAX_PEOPLE = 2000;

interface ContactsInput {
  format?: 'csv' | 'vcard';
  text?: string;
  fileName?: string;
  base64?: string;
  mapping?: ColumnMapping[];
  merge?: number[];
}

/** The file's bytes as sent; text from older callers is UTF-8 by construction. */
function readInput(input: ContactsInput, mapping?: ColumnMapping[]) {
  const bytes =
    input.base64 !== undefined
      ? new Uint8Array(Buffer.from(input.base64, 'base64'))
      : new TextEncoder().encode(input.text ?? '');
  const fileName = input.fileName ?? (input.format === 'vcard' ? 'contacten.vcf' : 'contacten.csv');
  return readContactsFile(bytes, fileName, mapping);
}

/** What the file would add, with duplicates against the registry as it is now (advice only). */
export async function previewContacts(
  ctx: AppContext,
  input: { fileName: string; base64: string; mapping?: ColumnMapping[] },
): Promise<ContactsPreview> {
  const store = await protocolStore(ctx.requireWorkspace());
  const read = readInput(input, input.mapping);
  const duplicates = findDuplicates(store.data.people, read.people);
  return {
    ...read,
    people: read.people.map((person, index) => ({
      index,
      person,
      flagged: (person.notes ?? '').includes(IMPORT_FLAG),
      duplicateOf: duplicates[index] ?? null,
    })),
  };
}

/**
 * Adds the readable people of a CSV or vCard file to the registry. A duplicate is merged when the
 * user ticked it (its index is in `merge`), otherwise left out, so importing the same address book
 * twice is harmless. Duplicates are found inside the store's update, on the registry as it is
 * when this import's turn comes (DESIGN.md §5), so two imports at once still add each person once.
 */
export async function importContacts(ctx: AppContext, input: ContactsInput) {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await protocolStore(session);
  const parsed = readInput(input, input.mapping);
  const toMerge = new Set(input.merge ?? []);
  const { outcome, saved } = await decideInUpdate(store, (current) => {
    const result = applyContacts(current.people, parsed.people, toMerge);
    if (result.people.length > MAX_PEOPLE) {
      throw new AppError('protocol.tooManyPeople', {
        nl: `Dan komen er meer dan ${MAX_PEOPLE} personen in het protocol; er is niets ingelezen.`,
        en: `That would put more than ${MAX_PEOPLE} people in the protocol; nothing was imported.`,
      });
    }
    if (result.added.length === 0 && result.merged.length === 0) return { keep: true, outcome: result };
    current.people = result.people;
    return { write: current, outcome: result };
  });
  if (saved !== null) ctx.events.emit('protocol.changed', {});
  const brief = (p: Person) => ({ id: p.id, name: p.name });
  return {
    added: outcome.added.map(brief),
    merged: outcome.merged.map(brief),
    skipped: outcome.skipped,
    problems: parsed.problems,
    state: stateOf(saved ?? store.data),
  };
}

/** The registry after the import: new people appended, chosen duplicates merged, the rest left out. */
function applyContacts(
  registry: readonly Person[],
  incoming: readonly Person[],
  toMerge: ReadonlySet<number>,
) {
  const people = [...registry];
  const duplicates = findDuplicates(registry, incoming);
  /** where each incoming person ended up in `people`, for merges into an earlier row of the file */
  const placed = new Map<number, number>();
  const added: Person[] = [];
  const merged: Person[] = [];
  const skipped: string[] = [];
  incoming.forEach((person, index) => {
    const dup = duplicates[index];
    if (!dup) {
      placed.set(index, people.length);
      people.push(person);
      added.push(person);
      return;
    }
    const at =
      dup.where === 'registry' ? people.findIndex((p) => p.id === dup.personId) : placed.get(dup.index);
    if (!toMerge.has(index) || at === undefined || at < 0) {
      skipped.push(person.name);
      return;
    }
    const result = mergePerson(people[at]!, person);
    people[at] = result;
    if (dup.where === 'registry') {
      // the same registry person merged twice (two cards in the file) is one merge
      const seen = merged.findIndex((p) => p.id === result.id);
      if (seen >= 0) merged[seen] = result;
      else merged.push(result);
    } else
      added.splice(
        added.findIndex((p) => p.id === result.id),
        1,
        result,
      );
  });
  return { people, added, merged, skipped };
}
