import { newId } from '../ids';
import { normaliseEmail, normalisePhone } from '../phone';
import { type Person, personSchema } from '../schema';
import { LIMITS } from '../text';

/**
 * One contact as read from a CSV row or a vCard, before it becomes a Person. Both importers fill
 * this bag and `buildPerson` turns it into a valid Person without losing anything: a number or an
 * address that does not parse goes into the notes with a mark the readiness check finds, an extra
 * number goes into the notes with its label, and a value that is too long is cut with a problem
 * saying so. Nothing in one contact can make the whole file fail.
 */
export type PhoneSlot = 'workPhone' | 'privatePhone' | 'mobilePhone';

export interface ContactDraft {
  /** 1-based line the contact starts on, for the problem list */
  line: number;
  name: string;
  firstName: string;
  middleName: string;
  lastName: string;
  role: string;
  department: string;
  organisation: string;
  /** slot null: decide by the number itself (mobile or not); 'extra': only into the notes (fax, pager) */
  phones: { value: string; slot: PhoneSlot | 'extra' | null; label: string }[];
  emails: { value: string; label: string }[];
  notes: string[];
}

/** A problem on one line of the file: `message` in Dutch, `en` in English. */
export interface ImportProblem {
  line: number;
  message: string;
  en: string;
}

/** Starts every note line that needs a human look; the readiness check counts people carrying it. */
export const IMPORT_FLAG = '⚠ Controleren na import:';

export function emptyDraft(line: number): ContactDraft {
  return {
    line,
    name: '',
    firstName: '',
    middleName: '',
    lastName: '',
    role: '',
    department: '',
    organisation: '',
    phones: [],
    emails: [],
    notes: [],
  };
}

export function draftName(d: ContactDraft): string {
  const name = d.name.trim();
  if (name !== '') return name.replace(/\s+/g, ' ');
  return [d.firstName, d.middleName, d.lastName]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}

function clip(
  value: string,
  max: number,
  what: { nl: string; en: string },
  who: string,
  notes: string[],
  problems: ImportProblem[],
  line: number,
) {
  const v = value.trim();
  if (v.length <= max) return v;
  problems.push({
    line,
    message: `${who}: ${what.nl} is langer dan ${max} tekens; ingekort, de volledige tekst staat in de notities.`,
    en: `${who}: the ${what.en} is longer than ${max} characters; cut, the full text is in the notes.`,
  });
  notes.push(`Volledige ${what.nl}: ${v}`);
  return v.slice(0, max).trim();
}

/** Google writes several numbers in one cell as "a ::: b"; Outlook sometimes "a / b". */
function splitValues(value: string): string[] {
  return value
    .split(/\s*:::\s*|\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function buildPerson(draft: ContactDraft, problems: ImportProblem[]): Person | null {
  const line = draft.line;
  const fullName = draftName(draft);
  if (fullName === '') {
    problems.push({ line, message: 'Regel zonder naam overgeslagen.', en: 'Line without a name skipped.' });
    return null;
  }
  const notes: string[] = [];
  const name = clip(
    fullName,
    LIMITS.name,
    { nl: 'naam', en: 'name' },
    fullName.slice(0, 40),
    notes,
    problems,
    line,
  );
  const person: Person = {
    id: newId('person'),
    name,
    role: clip(draft.role, LIMITS.shortText, { nl: 'functie', en: 'function' }, name, notes, problems, line),
    department: clip(
      draft.department,
      LIMITS.shortText,
      { nl: 'afdeling', en: 'department' },
      name,
      notes,
      problems,
      line,
    ),
    organisation: clip(
      draft.organisation,
      LIMITS.shortText,
      { nl: 'organisatie', en: 'organisation' },
      name,
      notes,
      problems,
      line,
    ),
    workPhone: '',
    privatePhone: '',
    email: '',
  };
  const flag = (what: string, value: string, reason: string, reasonEn: string) => {
    problems.push({
      line,
      message: `${name}: ${reason} Bewaard in de notities om te verbeteren.`,
      en: `${name}: ${reasonEn} Kept in the notes to correct.`,
    });
    notes.push(`${IMPORT_FLAG} ${what} ‘${value}’`);
  };

  for (const phone of draft.phones) {
    for (const value of splitValues(phone.value)) {
      const result = normalisePhone(value);
      const label = phone.label ? ` (${phone.label})` : '';
      if (!result.ok) {
        flag(`telefoonnummer${label}`, value, result.message, `This phone number is not valid: "${value}".`);
        continue;
      }
      const slot: PhoneSlot | 'extra' =
        phone.slot ?? (result.type === 'mobile' && !person.mobilePhone ? 'mobilePhone' : 'workPhone');
      if (slot !== 'extra' && !person[slot]) person[slot] = result.e164;
      else if (slot === 'extra') notes.push(`Ander nummer${label}: ${result.display}`);
      else if (person[slot] !== result.e164) notes.push(`Ander nummer${label}: ${result.display}`);
    }
  }

  for (const email of draft.emails) {
    for (const value of splitValues(email.value)) {
      const result = normaliseEmail(value);
      if (!result.ok || value.length > LIMITS.email) {
        flag(
          'e-mailadres',
          value,
          result.ok ? 'Dit e-mailadres is te lang.' : result.message,
          result.ok ? 'This e-mail address is too long.' : `This e-mail address is not valid: "${value}".`,
        );
      } else if (person.email === '') person.email = result.email;
      else if (person.email !== result.email)
        notes.push(`Ander e-mailadres${email.label ? ` (${email.label})` : ''}: ${result.email}`);
    }
  }

  // the marks and extra numbers first: if a long note has to be cut, they must survive
  const allNotes = [
    ...notes,
    ...draft.notes.map((n) => n.replace(/\r\n?/g, '\n').trim()).filter(Boolean),
  ].join('\n');
  if (allNotes !== '') {
    if (allNotes.length > LIMITS.longText) {
      problems.push({
        line,
        message: `${name}: de notities zijn langer dan ${LIMITS.longText} tekens; alleen het begin is overgenomen.`,
        en: `${name}: the notes are longer than ${LIMITS.longText} characters; only the start was taken.`,
      });
    }
    person.notes = allNotes.slice(0, LIMITS.longText);
  }
  return ensureValid(person, line, problems);
}

/** Last guard: whatever the schema still refuses moves to the notes instead of failing the file. */
function ensureValid(person: Person, line: number, problems: ImportProblem[]): Person {
  const parsed = personSchema.safeParse(person);
  if (parsed.success) return parsed.data;
  const fixed: Record<string, unknown> = { ...person };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field === '' || field === 'id' || field === 'name' || field === 'notes') continue;
    const value = String(fixed[field] ?? '');
    fixed[field] = field === 'mobilePhone' ? undefined : '';
    problems.push({
      line,
      message: `${person.name}: ${issue.message} Bewaard in de notities.`,
      en: `${person.name}: the ${field} is not valid. Kept in the notes.`,
    });
    fixed.notes = `${fixed.notes ? `${fixed.notes}\n` : ''}${IMPORT_FLAG} ${field} ‘${value}’`.slice(
      0,
      LIMITS.longText,
    );
  }
  return personSchema.parse(fixed);
}
