import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exportCallListCsv,
  importContactsCsv,
  importContactsVCard,
} from '../../../shared/protocol/contacts-io';
import { personSchema } from '../../../shared/protocol/schema';
import { loadSample } from './load-sample';

describe('importContactsCsv', () => {
  it('reads Dutch headers and normalises numbers', () => {
    const csv = [
      'Naam;Functie;Afdeling;Organisatie;Telefoon werk;Telefoon privé;Mobiel;E-mail',
      'Anna de Vries;Teamleider;ICT;DUR;030-2345601;06-12345601;;Anna@DUR.example',
      'Bert Kramer;Woordvoerder;Communicatie;DUR;;+31 6 12345602;06 12345603;bert@dur.example',
    ].join('\n');
    const { people, problems } = importContactsCsv(csv);
    expect(problems).toEqual([]);
    expect(people).toHaveLength(2);
    expect(people[0]).toMatchObject({
      name: 'Anna de Vries',
      role: 'Teamleider',
      department: 'ICT',
      organisation: 'DUR',
      workPhone: '+31302345601',
      privatePhone: '+31612345601',
      email: 'Anna@dur.example',
    });
    expect(people[0]!.mobilePhone).toBeUndefined();
    expect(people[1]).toMatchObject({ privatePhone: '+31612345602', mobilePhone: '+31612345603' });
    for (const p of people) expect(personSchema.safeParse(p).success).toBe(true);
    expect(new Set(people.map((p) => p.id)).size).toBe(2);
  });

  it('reads English headers, commas and a BOM', () => {
    const csv =
      '\uFEFFName,Role,Department,Organization,Work phone,Private phone,Email\n"Smith, Jane",CISO,Security,DUR,020 123 4567,0612345604,jane@dur.example\n';
    const { people, problems } = importContactsCsv(csv);
    expect(problems).toEqual([]);
    expect(people[0]).toMatchObject({ name: 'Smith, Jane', role: 'CISO', workPhone: '+31201234567' });
  });

  it('reports bad rows by line and keeps the rest', () => {
    const csv = [
      'naam,werk,prive,email,lievelingskleur',
      'Anna,bel receptie,0612345601,anna@',
      ',0201234567,,',
      'Carl,0201234567,,carl@dur.example',
    ].join('\n');
    const { people, problems } = importContactsCsv(csv);
    expect(people.map((p) => p.name)).toEqual(['Anna', 'Carl']);
    expect(people[0]!.notes).toContain('bel receptie');
    expect(problems).toEqual([
      {
        line: 1,
        message: 'De kolom ‘lievelingskleur’ wordt niet gebruikt.',
        en: 'The column ‘lievelingskleur’ is not used.',
      },
      {
        line: 2,
        message: expect.stringMatching(/^Anna: Dit telefoonnummer klopt niet/),
        en: expect.stringMatching(/^Anna: This phone number is not valid/),
      },
      {
        line: 2,
        message: expect.stringMatching(/^Anna: Dit e-mailadres klopt niet/),
        en: expect.stringMatching(/^Anna: This e-mail address is not valid/),
      },
      { line: 3, message: 'Regel zonder naam overgeslagen.', en: 'Line without a name skipped.' },
    ]);
  });

  it('refuses a file without a name column', () => {
    const { people, problems } = importContactsCsv('telefoon\n0612345678\n');
    expect(people).toEqual([]);
    expect(problems[0]?.message).toMatch(/geen kolom met namen/);
  });
});

describe('importContactsVCard', () => {
  const vcf = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Anna de Vries',
    'N:de Vries;Anna;;;',
    'ORG:Dienst Uitkeringen en Registratie;ICT',
    'TITLE:Teamleider\\, beheer',
    'TEL;TYPE=WORK,VOICE:030 234 5601',
    'TEL;TYPE=HOME:06-12345601',
    'TEL;TYPE=CELL:+31612345602',
    'EMAIL;TYPE=INTERNET:anna@dur.example',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:4.0',
    'N:Kramer;Bert;;;',
    'TEL;VALUE=uri;TYPE="cell,voice":tel:+31-6-1234-5603',
    'item1.EMAIL:bert@dur.exa',
    ' mple',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:2.1',
    'FN:Carla Zwart',
    'TEL;WORK;VOICE:12',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'ORG:Zonder naam',
    'END:VCARD',
  ].join('\r\n');

  it('reads FN/N, ORG, TITLE, typed TEL and EMAIL in vCard 2.1, 3 and 4', () => {
    const { people } = importContactsVCard(vcf);
    expect(people.map((p) => p.name)).toEqual(['Anna de Vries', 'Bert Kramer', 'Carla Zwart']);
    expect(people[0]).toMatchObject({
      organisation: 'Dienst Uitkeringen en Registratie',
      department: 'ICT',
      role: 'Teamleider, beheer',
      workPhone: '+31302345601',
      privatePhone: '+31612345601',
      mobilePhone: '+31612345602',
      email: 'anna@dur.example',
    });
    expect(people[1]).toMatchObject({ mobilePhone: '+31612345603', email: 'bert@dur.example' });
    for (const p of people) expect(personSchema.safeParse(p).success).toBe(true);
  });

  it('reports problems at the line of the card', () => {
    const { problems } = importContactsVCard(vcf);
    expect(problems).toEqual([
      {
        line: 19,
        message: expect.stringMatching(/^Carla Zwart: Dit telefoonnummer klopt niet/),
        en: expect.any(String),
      },
      { line: 24, message: 'Kaart zonder naam overgeslagen.', en: 'Card without a name skipped.' },
    ]);
  });

  it('says so when there is no card at all', () => {
    expect(importContactsVCard('hello').problems).toEqual([
      {
        line: 1,
        message: 'Er staat geen vCard (BEGIN:VCARD) in dit bestand.',
        en: 'There is no vCard (BEGIN:VCARD) in this file.',
      },
    ]);
  });
});

describe('exportCallListCsv', () => {
  it('lists every person with their roles and all numbers, readable by the importer', () => {
    const sample = loadSample();
    const csv = exportCallListCsv(sample);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'Naam',
      'Taken in dit protocol',
      'Functie',
      'Afdeling',
      'Organisatie',
      'Mobiel',
      'Werk',
      'Privé',
      'E-mail',
    ]);
    expect(rows).toHaveLength(sample.people.length + 1);
    const hans = rows.find((r) => r[0] === 'Hans Bakker')!;
    expect(hans[1]).toBe('Crisisteam: Teamleiding (vervanger); Crisisteam: RvB-lid (vervanger)');
    expect(hans.slice(5, 8)).toEqual(['06 12345102', '030 234 5102', '06 12345202']);

    const back = importContactsCsv(csv);
    expect(back.people.map((p) => p.name)).toEqual(sample.people.map((p) => p.name));
    expect(back.problems.filter((p) => !p.message.includes('wordt niet gebruikt'))).toEqual([]);
  });

  it('speaks English when asked and defuses spreadsheet formulas', () => {
    const sample = loadSample();
    sample.people[0]!.name = '=HYPERLINK("http://evil.example")';
    const csv = exportCallListCsv(sample, { language: 'en', delimiter: ',' });
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFName,Tasks in this protocol,Function,Department,Organisation,Mobile,Work,Private,E-mail',
    );
    // a string constant ="…" with every quote doubled: shown as its text, never run, no apostrophe
    expect(csv).toContain('"=""=HYPERLINK(""""http://evil.example"""")"""');
    expect(csv).not.toContain("'=HYPERLINK");
    expect(importContactsCsv(csv).people[0]?.name).toBe('=HYPERLINK("http://evil.example")');
  });
});

describe('vCard 2.1 as Outlook writes it', () => {
  it('decodes quoted-printable in its CHARSET across soft line breaks, and skips the photo', () => {
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller',
      'NOTE;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:Bereikbaar via de storingsdienst van Andr=E9, =',
      'ook in het weekend.=0D=0ATweede regel.',
      'TEL;WORK;VOICE:030 234 5601',
      'TEL;WORK;VOICE:030 234 5609',
      'TEL;CELL:06 1234 5601',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:',
      ' /9j/4AAQSkZJRgABAQEASABIAAD',
      '',
      'END:VCARD',
    ].join('\r\n');
    const { people, problems } = importContactsVCard(vcf);
    expect(problems).toEqual([]);
    expect(people[0]).toMatchObject({
      name: 'Jürgen Müller',
      workPhone: '+31302345601',
      mobilePhone: '+31612345601',
    });
    expect(people[0]!.notes).toContain(
      'Bereikbaar via de storingsdienst van André, ook in het weekend.\nTweede regel.',
    );
    expect(people[0]!.notes).toContain('030 234 5609');
    expect(people[0]!.notes).not.toContain('9j/4AAQ');
  });
});
