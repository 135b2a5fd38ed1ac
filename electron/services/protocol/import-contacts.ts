import { AppError } from '../../../shared/errors/app-error';
import { importContactsCsv, importContactsVCard } from '../../../shared/protocol/contacts-io';
import type { Person } from '../../../shared/protocol/schema';
import type { AppContext } from '../app-context';
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
 */
export async function importContacts(ctx: AppContext, input: { format: 'csv' | 'vcard'; text: string }) {
  const session = ctx.requireWorkspace();
  session.assertWritable();
  const store = await protocolStore(session);
  const parsed = input.format === 'csv' ? importContactsCsv(input.text) : importContactsVCard(input.text);
  const known = new Set(store.data.people.map((p) => nameKey(p.name)));
  const added: Person[] = [];
  const skipped: string[] = [];
  for (const person of parsed.people) {
    const key = nameKey(person.name);
    if (known.has(key)) {
      skipped.push(person.name);
      continue;
    }
    known.add(key);
    added.push(person);
  }
  if (store.data.people.length + added.length > MAX_PEOPLE) {
    throw new AppError('protocol.tooManyPeople', {
      nl: `Dan komen er meer dan ${MAX_PEOPLE} personen in het protocol; er is niets ingelezen.`,
      en: `That would put more than ${MAX_PEOPLE} people in the protocol; nothing was imported.`,
    });
  }
  const saved =
    added.length > 0
      ? await store.update((p) => {
          p.people.push(...added);
          return p;
        })
      : store.data;
  if (added.length > 0) ctx.events.emit('protocol.changed', {});
  return {
    added: added.map((p) => ({ id: p.id, name: p.name })),
    skipped,
    problems: parsed.problems,
    state: stateOf(saved),
  };
}
