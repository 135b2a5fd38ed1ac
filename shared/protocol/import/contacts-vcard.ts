import type { Person } from '../schema';
import { parseVCards, unescapeVCard, type VCard } from '../vcard';
import {
  buildPerson,
  type ContactDraft,
  emptyDraft,
  type ImportProblem,
  type PhoneSlot,
} from './contact-draft';

/** Which slot a TEL goes into; a fax or pager number is kept in the notes only. */
function telSlot(types: string[]): PhoneSlot | 'extra' | null {
  if (types.includes('fax') || types.includes('pager')) return 'extra';
  if (types.includes('home')) return 'privatePhone';
  if (types.includes('cell') || types.includes('mobile')) return 'mobilePhone';
  if (types.includes('work')) return 'workPhone';
  return null;
}

const TEL_LABELS: Record<string, string> = {
  cell: 'mobiel',
  mobile: 'mobiel',
  home: 'privé',
  work: 'werk',
  fax: 'fax',
  pager: 'pieper',
};

function cardToDraft(card: VCard): ContactDraft {
  const draft = emptyDraft(card.line);
  const first = (name: string) => card.properties.find((p) => p.name === name);
  draft.name = unescapeVCard(first('FN')?.value ?? '').trim();
  if (draft.name === '') {
    // N is Family;Given;Additional;Prefix;Suffix.
    const [family = '', given = '', additional = ''] = (first('N')?.value ?? '')
      .split(/(?<!\\);/)
      .map(unescapeVCard);
    draft.firstName = given;
    draft.middleName = additional;
    draft.lastName = family;
  }
  const [org = '', dept = ''] = (first('ORG')?.value ?? '')
    .split(/(?<!\\);/)
    .map((s) => unescapeVCard(s).trim());
  draft.organisation = org;
  draft.department = dept;
  draft.role = unescapeVCard(first('TITLE')?.value ?? first('ROLE')?.value ?? '').trim();
  for (const property of card.properties) {
    if (property.name === 'TEL') {
      const value = unescapeVCard(property.value).replace(/^tel:/i, '').trim();
      const label = property.types
        .map((t) => TEL_LABELS[t])
        .filter(Boolean)
        .join(', ');
      draft.phones.push({ value, slot: telSlot(property.types), label });
    } else if (property.name === 'EMAIL') {
      draft.emails.push({ value: unescapeVCard(property.value).replace(/^mailto:/i, ''), label: '' });
    } else if (property.name === 'NOTE') {
      draft.notes.push(unescapeVCard(property.value));
    }
    // PHOTO, ADR, URL and the rest are not part of a crisis contact; they are left out on purpose.
  }
  return draft;
}

export function importContactsVCard(text: string): { people: Person[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cards = parseVCards(text);
  if (cards.length === 0)
    problems.push({
      line: 1,
      message: 'Er staat geen vCard (BEGIN:VCARD) in dit bestand.',
      en: 'There is no vCard (BEGIN:VCARD) in this file.',
    });
  const people: Person[] = [];
  for (const card of cards) {
    if (card.unterminated) {
      problems.push({
        line: card.line,
        message:
          'Deze kaart houdt op zonder END:VCARD; het bestand is misschien afgebroken. Controleer of alles is overgekomen.',
        en: 'This card ends without END:VCARD; the file may have been cut off. Check that everything came through.',
      });
    }
    const draft = cardToDraft(card);
    if (draft.name === '' && draft.firstName === '' && draft.lastName === '') {
      problems.push({
        line: card.line,
        message: 'Kaart zonder naam overgeslagen.',
        en: 'Card without a name skipped.',
      });
      continue;
    }
    const person = buildPerson(draft, problems);
    if (person) people.push(person);
  }
  return { people, problems };
}
