import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SAMPLE_PEOPLE, type SamplePerson } from '../test/fixtures/import/contact-people';

/**
 * Writes the contact samples under test/fixtures/import/ as the programs people use would write
 * them: Outlook's Dutch export (Windows-1252), Outlook's English one (UTF-8 with BOM), Google
 * Contacts, an Apple Contacts exporter, Excel's "CSV (puntkomma)" with headers nobody knows
 * (Windows-1252) and "Unicode-tekst" (UTF-16 with tabs), and vCard 2.1 (Outlook: quoted-printable
 * UTF-8, a photo), 2.1 in Windows-1252, 3.0 (Apple) and 4.0. Fictitious people only.
 *
 *   node bin/run-ts.mjs scripts/make-contact-samples.ts
 */
const dir = path.resolve('test/fixtures/import');
const people = SAMPLE_PEOPLE;
const q = (v: string) => (/[",;\n\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][], sep = ',') => `${rows.map((r) => r.map(q).join(sep)).join('\r\n')}\r\n`;

function win1252(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
    bytes.push(code);
  }
  return Uint8Array.from(bytes);
}
const utf8 = (text: string, bom = false) => new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

const outlookNl = csv([
  [
    'Titel',
    'Voornaam',
    'Middelste naam',
    'Achternaam',
    'Achtervoegsel',
    'Bedrijf',
    'Afdeling',
    'Functie',
    'Werkadres, straat',
    'Fax op werk',
    'Telefoon op werk',
    'Telefoon op werk 2',
    'Telefoon thuis',
    'Mobiele telefoon',
    'Categorieën',
    'E-mailadres',
    'E-mailtype',
    'Weergavenaam voor e-mail',
    'Notities',
  ],
  ...people.map((p) => [
    '',
    p.first,
    '',
    p.last,
    '',
    p.company,
    '',
    p.title,
    'Dorpsstraat 1',
    '',
    p.work,
    p.extra,
    p.home,
    p.mobile,
    'Crisis',
    p.email,
    'SMTP',
    `${p.first} ${p.last} (${p.email})`,
    p.note,
  ]),
]);

const outlookEn = csv([
  [
    'Title',
    'First Name',
    'Middle Name',
    'Last Name',
    'Suffix',
    'Company',
    'Department',
    'Job Title',
    'Business Street',
    'Business Fax',
    'Business Phone',
    'Business Phone 2',
    'Home Phone',
    'Mobile Phone',
    'Categories',
    'E-mail Address',
    'E-mail Type',
    'E-mail Display Name',
    'Notes',
  ],
  ...people.map((p) => [
    '',
    p.first,
    '',
    p.last,
    '',
    p.company,
    '',
    p.title,
    '',
    '',
    p.work,
    p.extra,
    p.home,
    p.mobile,
    '',
    p.email,
    'SMTP',
    p.email,
    p.note,
  ]),
  // the same person again, as Outlook does with a private card: a duplicate to merge
  [
    '',
    people[0]!.first,
    '',
    people[0]!.last,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '06 1111 2299',
    '',
    'jurgen.prive@mail.example',
    'SMTP',
    '',
    'Privékaart',
  ],
]);

const google = csv([
  [
    'Name',
    'Given Name',
    'Additional Name',
    'Family Name',
    'Nickname',
    'Notes',
    'Group Membership',
    'E-mail 1 - Type',
    'E-mail 1 - Value',
    'Phone 1 - Type',
    'Phone 1 - Value',
    'Phone 2 - Type',
    'Phone 2 - Value',
    'Phone 3 - Type',
    'Phone 3 - Value',
    'Organization 1 - Type',
    'Organization 1 - Name',
    'Organization 1 - Title',
  ],
  ...people.map((p) => [
    `${p.first} ${p.last}`,
    p.first,
    '',
    p.last,
    '',
    p.note,
    '* myContacts',
    '* Work',
    p.email,
    'Mobile',
    p.mobile,
    'Work',
    [p.work, p.extra].filter(Boolean).join(' ::: '),
    p.home ? 'Home' : '',
    p.home,
    '',
    p.company,
    p.title,
  ]),
]);

const apple = csv([
  [
    'First name',
    'Last name',
    'Organization',
    'Job title',
    'Mobile',
    'Work',
    'Home',
    'Other phone',
    'Email',
    'Note',
  ],
  ...people.map((p) => [
    p.first,
    p.last,
    p.company,
    p.title,
    p.mobile,
    p.work,
    p.home,
    p.extra,
    p.email,
    p.note,
  ]),
]);

/** Excel on Dutch Windows with the organisation's own headers: only a mapping makes sense of it. */
const excelOwn = csv(
  [
    [
      'Wie',
      'Bij',
      'Rol in crisis',
      'Nummer 06',
      'Nummer kantoor',
      'Nummer thuis',
      'Ander nummer',
      'Adres mail',
      'Bijzonderheden',
    ],
    ...people.map((p) => [
      `${p.first} ${p.last}`,
      p.company,
      p.title,
      p.mobile,
      p.work,
      p.home,
      p.extra,
      p.email,
      p.note,
    ]),
  ],
  ';',
);

/** quoted-printable as Outlook writes it: every non-ASCII byte as =XX, soft breaks at 76 */
function qp(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    out +=
      byte >= 33 && byte <= 126 && ch !== '='
        ? ch
        : byte === 32
          ? ' '
          : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  const lines: string[] = [];
  while (out.length > 70) {
    let cut = 70;
    while (out[cut - 1] === '=' || out[cut - 2] === '=') cut--;
    lines.push(`${out.slice(0, cut)}=`);
    out = out.slice(cut);
  }
  lines.push(out);
  return lines.join('\r\n');
}

const PHOTO = `PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n ${'/9j/4AAQSkZJRgABAQEASABIAAD'.repeat(3)}\r\n ${'2wBDAAMCAgICAgMCAgIDAwMDBAYE'.repeat(3)}\r\n\r\n`;

const card21 = (p: SamplePerson, i: number) =>
  [
    'BEGIN:VCARD',
    'VERSION:2.1',
    `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(`${p.last};${p.first}`)}`,
    `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(`${p.first} ${p.last}`)}`,
    `ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.company)}`,
    `TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.title)}`,
    p.work ? `TEL;WORK;VOICE:${p.work}` : '',
    p.extra ? `TEL;WORK;FAX:${p.extra}` : '',
    p.home ? `TEL;HOME;VOICE:${p.home}` : '',
    `TEL;CELL;VOICE:${p.mobile}`,
    `EMAIL;PREF;INTERNET:${p.email}`,
    p.note ? `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.note.replace(/\n/g, '\r\n'))}` : '',
    i === 0 ? PHOTO.trimEnd() : '',
    'END:VCARD',
  ]
    .filter(Boolean)
    .join('\r\n');

const card21Plain = (p: SamplePerson) =>
  [
    'BEGIN:VCARD',
    'VERSION:2.1',
    `N:${p.last};${p.first}`,
    `FN:${p.first} ${p.last}`,
    `ORG:${p.company}`,
    `TEL;CELL:${p.mobile}`,
    p.work ? `TEL;WORK:${p.work}` : '',
    p.home ? `TEL;HOME:${p.home}` : '',
    p.extra ? `TEL;FAX:${p.extra}` : '',
    `EMAIL:${p.email}`,
    p.note ? `NOTE:${p.note.replace(/\n/g, '\\n')}` : '',
    'END:VCARD',
  ]
    .filter(Boolean)
    .join('\r\n');

/** RFC folding: lines over 75 octets continue on the next line after one space */
const fold = (line: string) => (line.length <= 60 ? line : `${line.slice(0, 60)}\r\n ${line.slice(60)}`);
const esc = (v: string) =>
  v.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');

const card30 = (p: SamplePerson) =>
  [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${esc(p.last)};${esc(p.first)};;;`,
    `FN:${esc(`${p.first} ${p.last}`)}`,
    `ORG:${esc(p.company)};`,
    `TITLE:${esc(p.title)}`,
    `item1.TEL;type=CELL;type=VOICE;type=pref:${p.mobile}`,
    p.work ? `TEL;type=WORK;type=VOICE:${p.work}` : '',
    p.home ? `TEL;type=HOME;type=VOICE:${p.home}` : '',
    p.extra ? `TEL;type=WORK;type=FAX:${p.extra}` : '',
    `item2.EMAIL;type=INTERNET;type=WORK:${p.email}`,
    p.note ? fold(`NOTE:${esc(p.note)}`) : '',
    'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD',
    'END:VCARD',
  ]
    .filter(Boolean)
    .join('\r\n');

const card40 = (p: SamplePerson) =>
  [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${esc(`${p.first} ${p.last}`)}`,
    `N:${esc(p.last)};${esc(p.first)};;;`,
    `ORG:${esc(p.company)}`,
    `TEL;VALUE=uri;TYPE="cell,voice":tel:${p.mobile.replace(/\s/g, '')}`,
    p.work ? `TEL;VALUE=uri;TYPE="work,voice":tel:${p.work.replace(/\s/g, '')}` : '',
    p.home ? `TEL;VALUE=uri;TYPE=home:tel:${p.home.replace(/\s/g, '')}` : '',
    p.extra ? `TEL;VALUE=uri;TYPE="work,fax":tel:${p.extra.replace(/\s/g, '')}` : '',
    `EMAIL;TYPE=work:${p.email}`,
    p.note ? fold(`NOTE:${esc(p.note)}`) : '',
    'PHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD',
    'END:VCARD',
  ]
    .filter(Boolean)
    .join('\r\n');

const FILES: [string, Uint8Array][] = [
  ['contacts-outlook-nl.csv', win1252(outlookNl)],
  ['contacts-outlook-en.csv', utf8(outlookEn, true)],
  ['contacts-google.csv', utf8(google)],
  ['contacts-apple.csv', utf8(apple)],
  ['contacts-excel-eigen-kolommen.csv', win1252(excelOwn)],
  [
    'contacts-excel-unicode.txt',
    utf16le(
      csv(
        [
          ['Naam', 'Mobiel', 'Telefoon werk', 'Telefoon privé', 'Ander nummer', 'E-mail', 'Notities'],
          ...people.map((p) => [`${p.first} ${p.last}`, p.mobile, p.work, p.home, p.extra, p.email, p.note]),
        ],
        '\t',
      ),
    ),
  ],
  ['contacts-outlook-21.vcf', utf8(`${people.map(card21).join('\r\n')}\r\n`)],
  ['contacts-21-windows1252.vcf', win1252(`${people.map(card21Plain).join('\r\n')}\r\n`)],
  ['contacts-apple-30.vcf', utf8(`${people.map(card30).join('\r\n')}\r\n`)],
  ['contacts-40.vcf', utf8(`${people.map(card40).join('\r\n')}\r\n`)],
];

export default async function main(): Promise<void> {
  for (const [name, bytes] of FILES) {
    await writeFile(path.join(dir, name), bytes);
    console.log(`geschreven: ${name} (${bytes.length} bytes)`);
  }
}
