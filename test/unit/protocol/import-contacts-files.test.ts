import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/protocol/import/csv-columns';
import { findDuplicates, mergePerson } from '../../../shared/protocol/import/duplicates';
import { readContactsFile } from '../../../shared/protocol/import/read-contacts-file';
import { normalisePhone } from '../../../shared/protocol/phone';
import { type Person, personSchema } from '../../../shared/protocol/schema';
import { SAMPLE_PEOPLE } from '../../fixtures/import/contact-people';

const dir = path.resolve('test/fixtures/import');
const read = async (name: string, mapping?: ColumnMapping[]) =>
  readContactsFile(new Uint8Array(await readFile(path.join(dir, name))), name, mapping);

/** Every sample person is there with every number (in a slot, or in the notes), the address and the note. */
function expectAllIntact(people: Person[]) {
  for (const sample of SAMPLE_PEOPLE) {
    const name = `${sample.first} ${sample.last}`;
    const person = people.find((p) => p.name === name);
    expect(person, name).toBeDefined();
    if (!person) continue;
    expect(personSchema.safeParse(person).success).toBe(true);
    const slots = [person.mobilePhone, person.workPhone, person.privatePhone];
    for (const number of [sample.mobile, sample.work, sample.home, sample.extra].filter(Boolean)) {
      const parsed = normalisePhone(number);
      if (!parsed.ok) throw new Error(number);
      const kept = slots.includes(parsed.e164) || (person.notes ?? '').includes(parsed.display);
      expect(kept, `${name}: ${number}`).toBe(true);
    }
    const mobile = normalisePhone(sample.mobile);
    expect(mobile.ok && person.mobilePhone).toBe(mobile.ok ? mobile.e164 : '');
    expect(person.email).toBe(sample.email);
    for (const line of sample.note.split('\n').filter(Boolean))
      expect(person.notes ?? '', name).toContain(line);
  }
}

describe('contact samples as people export them', () => {
  it.each([
    ['contacts-outlook-nl.csv', 'outlookNl', 'windows-1252'],
    ['contacts-outlook-en.csv', 'outlookEn', 'utf-8'],
    ['contacts-google.csv', 'google', 'utf-8'],
    ['contacts-apple.csv', 'apple', 'utf-8'],
  ] as const)('%s is recognised by its headers and read whole', async (file, profile, encoding) => {
    const result = await read(file);
    expect(result.profile).toBe(profile);
    expect(result.encoding).toBe(encoding);
    expect(result.needsMapping).toBe(false);
    expect(result.problems).toEqual([]);
    expectAllIntact(result.people);
  });

  it('reads UTF-16 tab-separated text (Excel "Unicode-tekst") without NULs', async () => {
    const result = await read('contacts-excel-unicode.txt');
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(result.people.map((p) => p.name).join('')).not.toContain('\u0000');
    expectAllIntact(result.people);
  });

  it('asks for a mapping for unknown headers, shows the first rows, and reads them with it', async () => {
    const first = await read('contacts-excel-eigen-kolommen.csv');
    expect(first.profile).toBe('other');
    expect(first.needsMapping).toBe(true);
    expect(first.encoding).toBe('windows-1252');
    expect(first.delimiter).toBe(';');
    expect(first.sampleRows[0]?.[0]).toBe('Jürgen Müller');
    const fields = [
      'name',
      'organisation',
      'role',
      'mobilePhone',
      'workPhone',
      'privatePhone',
      'phone',
      'email',
      'notes',
    ] as const;
    const mapped = await read(
      'contacts-excel-eigen-kolommen.csv',
      fields.map((field, column) => ({ column, field })),
    );
    expect(mapped.needsMapping).toBe(false);
    expect(mapped.problems).toEqual([]);
    expectAllIntact(mapped.people);
  });

  it.each([
    'contacts-outlook-21.vcf',
    'contacts-21-windows1252.vcf',
    'contacts-apple-30.vcf',
    'contacts-40.vcf',
  ])(
    '%s: quoted-printable, charsets, folded lines and several TEL types read; PHOTO skipped',
    async (file) => {
      const result = await read(file);
      expect(result.format).toBe('vcard');
      expect(result.problems).toEqual([]);
      expectAllIntact(result.people);
      expect(result.people.map((p) => p.notes ?? '').join('')).not.toMatch(/9j\/4AAQ|=C3=/);
    },
  );

  it('recognises the same person twice in one file and merges without losing a number', async () => {
    const result = await read('contacts-outlook-en.csv');
    const duplicates = findDuplicates([], result.people);
    expect(duplicates.map((d) => d?.name ?? null)).toEqual([null, null, null, null, 'Jürgen Müller']);
    const merged = mergePerson(result.people[0]!, result.people[4]!);
    expect(merged.notes).toContain('+31611112299');
    expect(merged.notes).toContain('jurgen.prive@mail.example');
    expect(merged.notes).toContain('Privékaart');
  });
});

describe('one bad field is a problem on its line, never a refusal', () => {
  it('keeps an invalid address and an over-long note, flags them, and reads the other rows', () => {
    const csv = [
      'Naam;E-mail;Notities',
      `Anna;anna@@dur;${'x'.repeat(2500)}`,
      `Bert;${'b'.repeat(300)}@dur.example;`,
      'Carla;carla@dur.example;ok',
    ].join('\r\n');
    const result = readContactsFile(new TextEncoder().encode(csv), 'lijst.csv');
    expect(result.people.map((p) => p.name)).toEqual(['Anna', 'Bert', 'Carla']);
    expect(result.people[0]!.notes).toContain('anna@@dur');
    expect(result.people[0]!.notes).toContain('⚠ Controleren na import');
    expect(result.people[1]!.notes).toContain('bbbb');
    for (const p of result.people) expect(personSchema.safeParse(p).success).toBe(true);
    expect(result.problems.map((p) => p.line)).toEqual([2, 2, 3]);
  });
});

describe('broken contact files', () => {
  it('reads a vCard file cut off mid-card, and says the card was not closed', async () => {
    const whole = await readFile(path.join(dir, 'contacts-apple-30.vcf'), 'utf8');
    const cut = whole.slice(0, whole.lastIndexOf('END:VCARD'));
    const result = readContactsFile(new TextEncoder().encode(cut), 'cut.vcf');
    expect(result.people.map((p) => p.name)).toEqual([
      'Jürgen Müller',
      'André Lefèvre',
      'Zoë de Bruijn',
      'Ángel Núñez',
    ]);
    expect(result.problems).toEqual([
      {
        line: expect.any(Number),
        message: expect.stringMatching(/zonder END:VCARD/),
        en: expect.stringMatching(/without END:VCARD/),
      },
    ]);
  });

  it('refuses a file that is not text at all (a Word document chosen by mistake) and reads nobody', async () => {
    const bytes = new Uint8Array(await readFile(path.join(dir, 'protocol-rkr.docx')));
    const result = readContactsFile(bytes, 'contacten.csv');
    expect(result.people).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/geen tekstbestand/);
  });
});
