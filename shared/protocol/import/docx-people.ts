import { newId } from '../ids';
import type { Person } from '../schema';
import { LIMITS } from '../text';
import { IMPORT_FLAG } from './contact-draft';
import { isBlank, keyOf, readEmail, readPhones, splitNameAndRole } from './docx-cells';

/**
 * The people registry of a protocol being read from Word: every person once, however many tables
 * name them, with what each table adds (a number here, an address there). Whatever cannot be read
 * is reported with the cell it came from and kept in the person's notes, marked for correction.
 */
export interface CellRef {
  table: number | null;
  row: number | null;
  column: number | null;
}

export interface NotUnderstood extends CellRef {
  text: string;
  reason: { nl: string; en: string };
}

export interface PersonCells {
  name: string;
  function?: string;
  phones?: string;
  email?: string;
  at: { name: CellRef; function?: CellRef; phones?: CellRef; email?: CellRef };
}

export const clipText = (text: string, max: number) =>
  text
    .replace(/[ \t]+/g, ' ')
    .trim()
    .slice(0, max);

export class PeopleRegistry {
  readonly people: Person[] = [];
  private readonly byKey = new Map<string, Person>();

  constructor(private readonly report: (item: NotUnderstood) => void) {}

  /** The person with this name, made when new; null for an empty or filler cell. */
  find(nameCell: string): Person | null {
    if (isBlank(nameCell)) return null;
    const { name } = splitNameAndRole(nameCell);
    return this.byKey.get(keyOf(name)) ?? null;
  }

  upsert(cells: PersonCells): string | null {
    if (isBlank(cells.name)) {
      const orphan = [cells.phones, cells.email].filter((v) => v && !isBlank(v)).join(' ');
      if (orphan) {
        this.report({
          ...cells.at.name,
          text: orphan,
          reason: {
            nl: 'Er staan gegevens zonder naam; ze zijn niet overgenomen.',
            en: 'There are details without a name; they were not imported.',
          },
        });
      }
      return null;
    }
    const split = splitNameAndRole(cells.name);
    const name = clipText(split.name, LIMITS.name);
    let person = this.byKey.get(keyOf(name));
    if (!person) {
      person = {
        id: newId('person'),
        name,
        role: '',
        department: '',
        organisation: '',
        workPhone: '',
        privatePhone: '',
        email: '',
      };
      this.byKey.set(keyOf(name), person);
      this.people.push(person);
    }
    if (!person.role && split.role) person.role = clipText(split.role, LIMITS.shortText);
    if (cells.function && !isBlank(cells.function)) this.setFunction(person, cells.function);
    if (cells.phones && !isBlank(cells.phones))
      this.setPhones(person, cells.phones, cells.at.phones ?? cells.at.name);
    if (cells.email) this.setEmail(person, cells.email, cells.at.email ?? cells.at.name);
    return person.id;
  }

  /** "Functie/bedrijfsonderdeel": "Teamleider / ICT-beheer" fills the role and the department. */
  private setFunction(person: Person, cell: string): void {
    const parts = cell
      .split(/\s*[/,]\s*|\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (!person.role && parts.length > 1) {
      person.role = clipText(parts[0]!, LIMITS.shortText);
      if (!person.department) person.department = clipText(parts.slice(1).join(', '), LIMITS.shortText);
    } else if (!person.role) person.role = clipText(cell, LIMITS.shortText);
    else if (!person.department) {
      // the role came with the name ("Anna (teamleider)"): the cell's last part is the unit
      const unit = parts.length > 1 ? parts.slice(1).join(', ') : cell;
      if (keyOf(unit) !== keyOf(person.role)) person.department = clipText(unit, LIMITS.shortText);
    }
  }

  private note(person: Person, line: string): void {
    const lines = (person.notes ?? '').split('\n').filter(Boolean);
    if (!lines.includes(line)) lines.push(line);
    person.notes = lines.join('\n').slice(0, LIMITS.longText);
  }

  /** Labelled numbers go where the label says; unlabelled ones fill work, then private (as the column title asks). */
  private setPhones(person: Person, cell: string, at: CellRef): void {
    const read = readPhones(cell);
    const order = ['workPhone', 'privatePhone'] as const;
    let next = 0;
    for (const n of read.numbers) {
      const slot =
        n.label === 'mobile'
          ? 'mobilePhone'
          : n.label === 'private'
            ? 'privatePhone'
            : n.label === 'work'
              ? 'workPhone'
              : order[next++];
      const taken = [person.workPhone, person.privatePhone, person.mobilePhone];
      if (taken.includes(n.e164)) continue;
      if (slot && !person[slot]) person[slot] = n.e164;
      else this.note(person, `Ander nummer: ${n.display}`);
    }
    for (const bad of read.invalid) {
      this.report({
        ...at,
        text: bad,
        reason: {
          nl: `Dit telefoonnummer van ${person.name} klopt niet; het staat in de notities.`,
          en: `This phone number of ${person.name} is not valid; it is kept in the notes.`,
        },
      });
      this.note(person, `${IMPORT_FLAG} telefoonnummer ‘${bad}’`);
    }
    if (read.rest !== '') {
      this.report({
        ...at,
        text: read.rest,
        reason: {
          nl: `Tekst bij de nummers van ${person.name} niet begrepen; bewaard in de notities.`,
          en: `Text with the numbers of ${person.name} not understood; kept in the notes.`,
        },
      });
      this.note(person, clipText(read.rest, 500));
    }
  }

  private setEmail(person: Person, cell: string, at: CellRef): void {
    const read = readEmail(cell);
    if (read === null) return;
    if (read.ok && read.email.length <= LIMITS.email) {
      if (!person.email) person.email = read.email;
      else if (person.email !== read.email) this.note(person, `Ander e-mailadres: ${read.email}`);
      return;
    }
    const text = read.ok ? read.email : read.text;
    this.report({
      ...at,
      text,
      reason: {
        nl: `Dit e-mailadres van ${person.name} klopt niet; het staat in de notities.`,
        en: `This e-mail address of ${person.name} is not valid; it is kept in the notes.`,
      },
    });
    this.note(person, `${IMPORT_FLAG} e-mailadres ‘${clipText(text, 300)}’`);
  }
}
