import { AppError } from '../../../shared/errors/app-error';
import { importContactsCsv, importContactsVCard } from '../../../shared/protocol/contacts-io';
import type { Person } from '../../../shared/protocol/schema';
import type { AppContext } from '../app-context';
import { decideInUpdate } from './decide-in-update';
import { protocolStore } from './protocol-document';
import { stateOf } from './protocol-state';

const MAX_PEOPLE = 2000;

/** Same person if the names match after case, accents and spacing are set aside. */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Adds the readable rows of a CSV or vCard file to the people registry. A name already in the
 * registry is skipped rather than doubled: re-importing the same address book must be harmless.
 * The duplicate check runs inside the store's update, on the registry as it is when this import's
 * turn comes, so the same file imported twice at once still adds each person once.
 */
export async function importContacts(ctx: AppContext, input: { format: 'csv' | 'vcard'; text: string }) {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await protocolStore(session);
  const parsed = input.format === 'csv' ? importContactsCsv(input.text) : importContactsVCard(input.text);
  const { outcome, saved } = await decideInUpdate(store, (current) => {
    const { added, skipped } = splitNew(current.people, parsed.people);
    if (current.people.length + added.length > MAX_PEOPLE) {
      throw new AppError('protocol.tooManyPeople', {
        nl: `Dan komen er meer dan ${MAX_PEOPLE} personen in het protocol; er is niets ingelezen.`,
        en: `That would put more than ${MAX_PEOPLE} people in the protocol; nothing was imported.`,
      });
    }
    if (added.length === 0) return { keep: true, outcome: { added, skipped } };
    current.people.push(...added);
    return { write: current, outcome: { added, skipped } };
  });
  if (saved !== null) ctx.events.emit('protocol.changed', {});
  return {
    added: outcome.added.map((p) => ({ id: p.id, name: p.name })),
    skipped: outcome.skipped,
    problems: parsed.problems,
    state: stateOf(saved ?? store.data),
  };
}

/** The people not yet in the registry (nor earlier in the same file), and the names skipped. */
function splitNew(registry: readonly Person[], incoming: readonly Person[]) {
  const known = new Set(registry.map((p) => nameKey(p.name)));
  const added: Person[] = [];
  const skipped: string[] = [];
  for (const person of incoming) {
    const key = nameKey(person.name);
    if (known.has(key)) {
      skipped.push(person.name);
      continue;
    }
    known.add(key);
    added.push(person);
  }
  return { added, skipped };
}
