/**
 * Which column of a contacts CSV holds what. Outlook (Dutch and English), Google Contacts and the
 * Apple Contacts exporters each write their own headers; they are recognised by the words in them,
 * so a header spelled a little differently still lands. Whatever is not recognised is shown in the
 * mapping step, where the user chooses.
 */
export const CONTACT_FIELDS = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'role',
  'department',
  'organisation',
  'mobilePhone',
  'workPhone',
  'privatePhone',
  'phone',
  'email',
  'notes',
  'ignore',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface ColumnMapping {
  column: number;
  field: ContactField;
  /** For Google's "Phone 1 - Value": the column that says Mobile, Work or Home on each row. */
  labelColumn?: number;
}

export type CsvProfile = 'outlookNl' | 'outlookEn' | 'google' | 'apple' | 'other';

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const has = (h: string, words: readonly string[]) => words.some((w) => h.includes(w));
// 'tel' only at the start: "Titel" (Outlook's Mr./Dr.) is not a phone number
const PHONE_WORDS = [
  'telefoon',
  'telnr',
  'phone',
  'mobiel',
  'mobile',
  'gsm',
  'cell',
  'fax',
  'pieper',
  'pager',
  'nummer',
];
const isPhoneHeader = (h: string) => h.startsWith('tel') || has(h, PHONE_WORDS);

/** The field one header names, or 'ignore' when it names nothing we keep. */
export function fieldOfHeader(header: string): ContactField {
  const h = normaliseHeader(header);
  // Google and Outlook carry phonetic and Japanese reading forms of names: not a second name.
  if (h === '' || has(h, ['phonetic', 'yomi'])) return 'ignore';
  if (has(h, ['voornaam', 'firstname', 'givenname', 'roepnaam'])) return 'firstName';
  if (has(h, ['middelstenaam', 'middlename', 'additionalname', 'tussenvoegsel'])) return 'middleName';
  if (has(h, ['achternaam', 'lastname', 'familyname', 'surname'])) return 'lastName';
  if (['naam', 'name', 'volledigenaam', 'fullname', 'contactpersoon', 'contact', 'displayname'].includes(h))
    return 'name';
  // short spreadsheet headers: "Werk", "Privé", "Thuis" mean numbers
  if (['werk', 'zakelijk', 'kantoor', 'work'].includes(h)) return 'workPhone';
  if (['prive', 'thuis', 'privenummer', 'home'].includes(h)) return 'privatePhone';
  if (has(h, ['notitie', 'notes', 'opmerking', 'toelichting']) || h === 'note') return 'notes';
  // Google's "Phone 1 - Type" and "E-mail 1 - Label" are read with their value column.
  if (/(type|label)$/.test(h) && has(h, ['phone', 'mail', 'telefoon'])) return 'ignore';
  if (has(h, ['fax', 'pieper', 'pager', 'autotelefoon', 'carphone', 'isdn', 'telex', 'radio']))
    return 'phone';
  if (isPhoneHeader(h)) {
    if (has(h, ['mobiel', 'mobile', 'gsm', 'cell'])) return 'mobilePhone';
    if (has(h, ['thuis', 'home', 'prive', 'private'])) return 'privatePhone';
    if (has(h, ['werk', 'business', 'work', 'zakelijk', 'kantoor', 'office'])) return 'workPhone';
    if (
      has(h, [
        'assistent',
        'assistant',
        'callback',
        'terugbel',
        'other',
        'overig',
        'primary',
        'hoofd',
        'company',
        'bedrijf',
      ])
    )
      return 'phone';
    return h.endsWith('value') ? 'phone' : 'workPhone';
  }
  if (has(h, ['email', 'mail']) && !has(h, ['weergave', 'displayname', 'type'])) return 'email';
  if (has(h, ['afdeling', 'department', 'dept'])) return 'department';
  if (
    has(h, ['functie', 'jobtitle', 'organization1title', 'organizationtitle']) ||
    ['rol', 'role', 'title'].includes(h)
  )
    return 'role';
  if (has(h, ['bedrijf', 'company', 'organisatie', 'organization', 'organisation']) || h === 'org')
    return 'organisation';
  return 'ignore';
}

export function recogniseProfile(headers: readonly string[]): CsvProfile {
  const hs = new Set(headers.map(normaliseHeader));
  if (hs.has('voornaam') && hs.has('achternaam') && (hs.has('mobieletelefoon') || hs.has('notities')))
    return 'outlookNl';
  if (hs.has('firstname') && hs.has('lastname') && (hs.has('businessphone') || hs.has('emailaddress')))
    return 'outlookEn';
  if ([...hs].some((h) => /^(phone|email)\d+(type|label|value)$/.test(h))) return 'google';
  if (hs.has('firstname') && hs.has('lastname') && hs.has('note')) return 'apple';
  return 'other';
}

/** The mapping the headers suggest; a second column for the same single field is left for the user. */
export function suggestMapping(headers: readonly string[]): ColumnMapping[] {
  const norm = headers.map(normaliseHeader);
  // Outlook (EN) has both "Title" (Mr., Dr.) and "Job Title": only the second is the role.
  const hasJobTitle = norm.some((h) => h.includes('jobtitle') || h.includes('functie'));
  return headers.map((header, column) => {
    if (norm[column] === 'title' && hasJobTitle) return { column, field: 'ignore' };
    const field = fieldOfHeader(header);
    const mapping: ColumnMapping = { column, field };
    const value = /^(phone|email)(\d+)value$/.exec(norm[column] ?? '');
    if (value) {
      const label = norm.findIndex(
        (h) => h === `${value[1]}${value[2]}type` || h === `${value[1]}${value[2]}label`,
      );
      if (label >= 0) mapping.labelColumn = label;
    }
    return mapping;
  });
}

export function hasNameColumn(mapping: readonly ColumnMapping[]): boolean {
  return mapping.some((m) => m.field === 'name' || m.field === 'firstName' || m.field === 'lastName');
}
