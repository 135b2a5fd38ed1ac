import Papa from 'papaparse';
import { excelTextRow, readExcelTextCell } from '../csv/excel-text';
import { newId } from './ids';
import { displayPhone, normaliseEmail, normalisePhone } from './phone';
import { describeUsage, PRINT_LABELS, type PrintLanguage } from './print-labels';
import type { Person, Protocol } from './schema';
import { personUsages } from './usages';
import { parseVCards, unescapeVCard, type VCard } from './vcard';

/**
 * Moving contacts in and out: CSV from a spreadsheet, vCard from an address book, and the call
 * list as CSV. Imports never throw on bad rows; they return what they could read plus a problem
 * per line, so the user sees exactly which row to fix.
 */
export interface ImportProblem {
  line: number;
  message: string;
}

export interface ContactsImport {
  people: Person[];
  problems: ImportProblem[];
}

type PersonField =
  | 'name'
  | 'role'
  | 'department'
  | 'organisation'
  | 'workPhone'
  | 'privatePhone'
  | 'mobilePhone'
  | 'email';
type PhoneField = 'workPhone' | 'privatePhone' | 'mobilePhone';

/** Header spellings we accept, after lower-casing and dropping accents, spaces and punctuation. */
const HEADER_ALIASES: Record<PersonField, readonly string[]> = {
  name: ['naam', 'name', 'volledigenaam', 'fullname', 'contactpersoon', 'contact'],
  role: ['rol', 'role', 'functie', 'function', 'title', 'jobtitle', 'functietitel'],
  department: ['afdeling', 'department', 'bedrijfsonderdeel', 'onderdeel', 'dept'],
  organisation: ['organisatie', 'organisation', 'organization', 'bedrijf', 'company', 'org'],
  workPhone: [
    'werk',
    'telefoonwerk',
    'telwerk',
    'werktelefoon',
    'telefoonzakelijk',
    'zakelijk',
    'workphone',
    'phonework',
    'businessphone',
    'telefoon',
    'telefoonnummer',
    'phone',
  ],
  privatePhone: [
    'prive',
    'telefoonprive',
    'telprive',
    'privetelefoon',
    'privenummer',
    'privatephone',
    'phoneprivate',
    'homephone',
    'phonehome',
    'thuis',
  ],
  mobilePhone: [
    'mobiel',
    'mobile',
    'mobilephone',
    'mobielnummer',
    'telefoonmobiel',
    'gsm',
    'cell',
    'cellphone',
  ],
  email: ['email', 'emailadres', 'mail', 'emailaddress'],
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADER_LOOKUP = new Map<string, PersonField>(
  (Object.entries(HEADER_ALIASES) as [PersonField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((a) => [a, field] as const),
  ),
);

function emptyPerson(name: string): Person {
  return {
    id: newId('person'),
    name: name.slice(0, 120),
    role: '',
    department: '',
    organisation: '',
    workPhone: '',
    privatePhone: '',
    email: '',
  };
}

/** Puts a phone number in its slot if it parses; otherwise records why, and keeps it in notes. */
function setPhone(
  person: Person,
  field: PhoneField,
  raw: string,
  line: number,
  problems: ImportProblem[],
): void {
  const value = raw.trim();
  if (value === '') return;
  const result = normalisePhone(value);
  if (result.ok) {
    person[field] = result.e164;
    return;
  }
  problems.push({ line, message: `${person.name}: ${result.message}` });
  person.notes = [person.notes, `Niet herkend nummer bij import: ${value}`].filter(Boolean).join('\n');
}

function setEmail(person: Person, raw: string, line: number, problems: ImportProblem[]): void {
  const value = raw.trim();
  if (value === '') return;
  const result = normaliseEmail(value);
  if (result.ok) person.email = result.email;
  else problems.push({ line, message: `${person.name}: ${result.message}` });
}

export function importContactsCsv(csv: string): ContactsImport {
  const problems: ImportProblem[] = [];
  const people: Person[] = [];
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const columns = new Map<string, PersonField>();
  for (const header of parsed.meta.fields ?? []) {
    const field = HEADER_LOOKUP.get(normaliseHeader(header));
    if (field && ![...columns.values()].includes(field)) columns.set(header, field);
    else if (header !== '') problems.push({ line: 1, message: `De kolom ‘${header}’ wordt niet gebruikt.` });
  }
  if (![...columns.values()].includes('name')) {
    problems.push({
      line: 1,
      message: 'Er is geen kolom met namen gevonden (bijvoorbeeld ‘Naam’ of ‘Name’).',
    });
    return { people, problems };
  }
  for (const error of parsed.errors) {
    // Spreadsheets drop trailing empty cells, so a short row is normal; a broken quote is not.
    if (error.type === 'Quotes') {
      problems.push({
        line: (error.row ?? 0) + 2,
        message: `Deze regel kon niet goed gelezen worden (${error.message}).`,
      });
    }
  }
  parsed.data.forEach((row, i) => {
    // Header is line 1; this assumes no line breaks inside quoted cells, which contact lists rarely have.
    const line = i + 2;
    const values: Partial<Record<PersonField, string>> = {};
    // our own exports write risky cells as ="…"; read the text back
    for (const [header, field] of columns) values[field] = readExcelTextCell(row[header] ?? '').trim();
    const name = values.name ?? '';
    if (name === '') {
      problems.push({ line, message: 'Regel zonder naam overgeslagen.' });
      return;
    }
    const person = emptyPerson(name);
    person.role = (values.role ?? '').slice(0, 200);
    person.department = (values.department ?? '').slice(0, 200);
    person.organisation = (values.organisation ?? '').slice(0, 200);
    setPhone(person, 'workPhone', values.workPhone ?? '', line, problems);
    setPhone(person, 'privatePhone', values.privatePhone ?? '', line, problems);
    setPhone(person, 'mobilePhone', values.mobilePhone ?? '', line, problems);
    setEmail(person, values.email ?? '', line, problems);
    people.push(person);
  });
  return { people, problems };
}

/** Which slot a vCard TEL goes into; private beats mobile because out-of-hours reach is the point. */
function telSlot(types: string[], value: string): PhoneField {
  if (types.includes('home')) return 'privatePhone';
  if (types.includes('cell') || types.includes('mobile')) return 'mobilePhone';
  if (types.includes('work')) return 'workPhone';
  const parsed = normalisePhone(value);
  return parsed.ok && parsed.type === 'mobile' ? 'mobilePhone' : 'workPhone';
}

function cardToPerson(card: VCard, problems: ImportProblem[]): Person | null {
  const first = (name: string) => card.properties.find((p) => p.name === name);
  let name = unescapeVCard(first('FN')?.value ?? '').trim();
  if (name === '') {
    // N is Family;Given;Additional;Prefix;Suffix.
    const [family = '', given = ''] = (first('N')?.value ?? '').split(';').map(unescapeVCard);
    name = `${given} ${family}`.trim();
  }
  if (name === '') {
    problems.push({ line: card.line, message: 'Kaart zonder naam overgeslagen.' });
    return null;
  }
  const person = emptyPerson(name);
  const [org = '', dept = ''] = (first('ORG')?.value ?? '')
    .split(/(?<!\\);/)
    .map((s) => unescapeVCard(s).trim());
  person.organisation = org.slice(0, 200);
  person.department = dept.slice(0, 200);
  person.role = unescapeVCard(first('TITLE')?.value ?? first('ROLE')?.value ?? '')
    .trim()
    .slice(0, 200);
  for (const tel of card.properties.filter((p) => p.name === 'TEL')) {
    const value = unescapeVCard(tel.value).replace(/^tel:/i, '').trim();
    const slot = telSlot(tel.types, value);
    // The first number of each kind wins; later ones are usually fax or old numbers.
    if (person[slot]) continue;
    setPhone(person, slot, value, card.line, problems);
  }
  const email = first('EMAIL');
  if (email) setEmail(person, unescapeVCard(email.value), card.line, problems);
  return person;
}

export function importContactsVCard(text: string): ContactsImport {
  const problems: ImportProblem[] = [];
  const cards = parseVCards(text);
  if (cards.length === 0)
    problems.push({ line: 1, message: 'Er staat geen vCard (BEGIN:VCARD) in dit bestand.' });
  const people = cards.map((c) => cardToPerson(c, problems)).filter((p): p is Person => p !== null);
  return { people, problems };
}

export interface CallListOptions {
  language?: PrintLanguage;
  /** ';' by default: what Excel expects on a Dutch Windows machine. */
  delimiter?: ',' | ';';
}

/**
 * The call list: everyone named anywhere in the protocol, with what they are on the list for and
 * every number in dialable national form. Starts with a BOM so Excel reads the accents right.
 */
export function exportCallListCsv(protocol: Protocol, options: CallListOptions = {}): string {
  const language = options.language ?? 'nl';
  const l = PRINT_LABELS[language];
  const usages = personUsages(protocol);
  const rows = protocol.people.map((p) =>
    excelTextRow([
      p.name,
      usages
        .filter((u) => u.personId === p.id)
        .map((u) => describeUsage(u, language))
        .join('; '),
      p.role,
      p.department,
      p.organisation,
      displayPhone(p.mobilePhone ?? ''),
      displayPhone(p.workPhone),
      displayPhone(p.privatePhone),
      p.email,
    ]),
  );
  const csv = Papa.unparse(
    {
      fields: [
        l.name,
        l.tasks,
        l.functionTitle,
        l.department,
        l.organisation,
        l.phoneMobile,
        l.phoneWork,
        l.phonePrivate,
        l.email,
      ],
      data: rows,
    },
    // excelTextRow made the cells safe, without papaparse's visible apostrophe
    { delimiter: options.delimiter ?? ';', newline: '\r\n', escapeFormulae: false },
  );
  return `\uFEFF${csv}`;
}
