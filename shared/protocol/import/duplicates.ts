import type { Person } from '../schema';
import { LIMITS } from '../text';

/**
 * The same person twice: once in the registry and again in the file, or twice in one file (an
 * Outlook export often holds a private and a work card). Recognised by the name, set apart from
 * case, accents and spacing, or by the same e-mail address; the user decides per pair whether to
 * merge or to leave the newcomer out.
 */
export function personKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export type DuplicateOf =
  | { where: 'registry'; personId: string; name: string }
  | { where: 'file'; index: number; name: string };

/** For every incoming person, whom it duplicates (or null), looking at the registry first. */
export function findDuplicates(
  registry: readonly Person[],
  incoming: readonly Person[],
): (DuplicateOf | null)[] {
  const byName = new Map<string, DuplicateOf>();
  const byEmail = new Map<string, DuplicateOf>();
  for (const p of registry) {
    const d: DuplicateOf = { where: 'registry', personId: p.id, name: p.name };
    if (!byName.has(personKey(p.name))) byName.set(personKey(p.name), d);
    if (p.email && !byEmail.has(p.email.toLowerCase())) byEmail.set(p.email.toLowerCase(), d);
  }
  return incoming.map((p, index) => {
    const match = byName.get(personKey(p.name)) ?? (p.email ? byEmail.get(p.email.toLowerCase()) : undefined);
    if (match) return match;
    const own: DuplicateOf = { where: 'file', index, name: p.name };
    byName.set(personKey(p.name), own);
    if (p.email) byEmail.set(p.email.toLowerCase(), own);
    return null;
  });
}

const PHONE_SLOTS = ['mobilePhone', 'workPhone', 'privatePhone'] as const;
const TEXT_FIELDS = ['role', 'department', 'organisation'] as const;

/**
 * Merges `extra` into `base` without losing either: empty fields are filled, a differing number or
 * address is kept in the notes, notes are joined (each line once). Returns a new Person.
 */
export function mergePerson(base: Person, extra: Person): Person {
  const merged: Person = { ...base };
  const notes = (base.notes ?? '').split('\n').filter(Boolean);
  const addNote = (line: string) => {
    if (!notes.includes(line)) notes.push(line);
  };
  for (const field of TEXT_FIELDS) {
    if (merged[field] === '') merged[field] = extra[field];
    else if (extra[field] !== '' && extra[field] !== merged[field]) addNote(`Ook: ${extra[field]}`);
  }
  const known = new Set(PHONE_SLOTS.map((s) => merged[s]).filter(Boolean));
  for (const slot of PHONE_SLOTS) {
    const value = extra[slot];
    if (!value || known.has(value)) continue;
    if (!merged[slot]) merged[slot] = value;
    else addNote(`Ander nummer: ${value}`);
    known.add(value);
  }
  if (merged.email === '') merged.email = extra.email;
  else if (extra.email !== '' && extra.email.toLowerCase() !== merged.email.toLowerCase())
    addNote(`Ander e-mailadres: ${extra.email}`);
  for (const line of (extra.notes ?? '').split('\n').filter(Boolean)) addNote(line);
  const joined = notes.join('\n').slice(0, LIMITS.longText);
  if (joined !== '') merged.notes = joined;
  return merged;
}
