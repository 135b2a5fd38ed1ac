import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * Writes test/fixtures/import/protocol-rkr.docx: a fictitious crisis-communication protocol of
 * the "Rijksdienst voor Kavelregistratie" laid out like the tables of Bijlage I of the CIP
 * handreiking, in the project's own words. It has a few gaps on purpose (a system without a
 * deputy, a person without a private number, no SOC owner, a partner without channels, NCSC and
 * the internal websites without a deputy) and a few things an import must report (an unknown
 * column, a broken e-mail address, a table under a heading nobody would recognise).
 *
 *   node bin/run-ts.mjs scripts/make-protocol-docx.ts
 */
const PERSON_HEADER = [
  'Naam en rol verantwoordelijke',
  'Functie/bedrijfsonderdeel',
  'Telnrs (werk en privé)',
  'E-mailadres',
  'Naam vervanger',
  'Telnrs (werk en privé)',
  'E-mailadres',
];

const cell = (text: string) =>
  new TableCell({
    width: { size: 1400, type: WidthType.DXA },
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
  });

const table = (rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map(cell) })),
  });

const h = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** name, function, numbers, e-mail of one person as the cells of a row */
const who = (name: string, fn: string, tel: string, email: string) => [name, fn, tel, email];
const P = {
  sanne: who(
    'Sanne Bakker (teamleider registratie)',
    'Teamleider / Registratie',
    'w: 030 234 5601\np: 06 1234 5601',
    'sanne.bakker@rkr.example',
  ),
  joris: who(
    'Joris Visser',
    'Applicatiebeheerder / ICT',
    '030 234 5602 / 06 1234 5602',
    'joris.visser@rkr.example',
  ),
  ilse: who('Ilse de Groot, beheerder GIS', 'GIS-beheer', '06 1234 5603 (m)', 'ilse.degroot@rkr'),
  noud: who('Noud Peters', 'Directeur', '030 234 5610 / 06 1234 5610', 'noud.peters@rkr.example'),
  fleur: who(
    'Fleur Jansen',
    'Woordvoerder / Communicatie',
    '030 234 5611 / 06 1234 5611',
    'fleur.jansen@rkr.example',
  ),
  pieter: who(
    'Pieter Smit',
    'Hoofd bedrijfsvoering',
    '030 234 5612 / 06 1234 5612',
    'pieter.smit@rkr.example',
  ),
  amira: who('Amira El Idrissi', 'CISO', '030 234 5613 / 06 1234 5613', 'amira.elidrissi@rkr.example'),
  bram: who('Bram Mulder', 'CIO', '030 234 5614 / 06 1234 5614', 'bram.mulder@rkr.example'),
  lotte: who(
    'Lotte Hendriks',
    'Adviseur communicatie',
    '030 234 5615 / 06 1234 5615',
    'lotte.hendriks@rkr.example',
  ),
  kees: who(
    'Kees van Dijk',
    'Accountmanager Landmeetdienst',
    '050 123 4567 / 06 2345 6701',
    'k.vandijk@landmeet.example',
  ),
  mila: who(
    'Mila de Boer',
    'Coördinator Landmeetdienst',
    '050 123 4568 / 06 2345 6702',
    'm.deboer@landmeet.example',
  ),
  ruben: who(
    'Ruben Vos',
    'Ketenregisseur Oosterwold',
    '036 123 4501 / 06 2345 6703',
    'r.vos@oosterwold.example',
  ),
  tessa: who(
    'Tessa Kok',
    'Service delivery manager Nimbus',
    '020 765 4321 / 06 3456 7801',
    'tessa.kok@nimbus.example',
  ),
  daan: who(
    'Daan Smits',
    'Storingsdienst Nimbus',
    '020 765 4322 / 06 3456 7802',
    'daan.smits@nimbus.example',
  ),
  eva: who(
    'Eva Willems',
    'Accountmanager BelNet',
    '010 222 3301 / 06 3456 7803',
    'eva.willems@belnet.example',
  ),
  sem: who(
    'Sem de Wit',
    'Beleidsmedewerker ministerie',
    '070 456 7801 / 06 4567 8901',
    'sem.dewit@minbzk.example',
  ),
  nina: who('Nina Bos', 'Jurist privacy', '030 234 5616 / 06 1234 5616', 'nina.bos@rkr.example'),
  tim: who('Tim Meijer', 'Contactpersoon politie', '0900 8844 / 06 4567 8903', 'tim.meijer@politie.example'),
  yara: who('Yara Koster', 'Liaison NCSC', '070 751 5555 / 06 4567 8904', 'yara.koster@ncsc.example'),
};
const none = ['-', '', '', ''];
/** Bijlage I's deputy half has no function column: name, numbers, e-mail. */
const row = (subject: string, a: string[], b: string[]) => [subject, ...a, b[0]!, b[2]!, b[3]!];

const doc = new Document({
  creator: 'Ketenbord test fixtures',
  title: 'Crisiscommunicatieprotocol RKR (fictief)',
  sections: [
    {
      children: [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          children: [new TextRun('Crisiscommunicatieprotocol (fictief testdocument)')],
        }),
        p('Organisatie: Rijksdienst voor Kavelregistratie'),
        p('Afkorting: RKR'),
        p('Versie: 3.2'),
        p(
          'Dit document is verzonnen om de import van Ketenbord te testen. Namen, nummers en adressen bestaan niet.',
        ),
        h('1. Processen en informatiesystemen'),
        p('Onze cruciale systemen met wie erover gaat.'),
        table([
          ['Informatiesysteem', ...PERSON_HEADER],
          row('Kavelregister', P.sanne, P.joris),
          row('Betaalportaal', P.joris, P.sanne),
          row('Kaartviewer', P.ilse, none),
        ]),
        p('Afhankelijkheden tussen systemen en partners'),
        table([
          ['Systeem', 'Afhankelijk van', 'Gevolgen bij uitval', 'Melden binnen'],
          ['Betaalportaal', 'Kavelregister', 'Er kunnen geen nieuwe betalingen worden verwerkt.', '4 uur'],
          [
            'Kavelregister',
            'Hostingpartner Nimbus',
            'Het register is onbereikbaar voor alle afnemers.',
            '1 dag',
          ],
        ]),
        p('Business Continuity Plan: BCP RKR 2026'),
        p('Vindplaats BCP: intranet, map Bedrijfsvoering > Continuïteit'),
        p('BCM-verantwoordelijke: Pieter Smit'),
        h('2. Stakeholders'),
        p('Partners in de keten die van ons afhankelijk zijn of waar wij van afhangen.'),
        table([
          ['Keten/netwerkpartner', ...PERSON_HEADER, 'Opmerking'],
          [...row('Landmeetdienst Noord', P.kees, P.mila), 'levert dagelijks metingen aan'],
          [...row('Gemeente Oosterwold', P.ruben, P.mila), ''],
        ]),
        p('Partijen aan wie wij werk hebben uitbesteed.'),
        table([
          ['Uitbestedingspartner', ...PERSON_HEADER],
          row('Hostingpartner Nimbus', P.tessa, P.daan),
          row('BelNet Telefonie', P.eva, P.daan),
        ]),
        p('Overige stakeholders (toezicht, ministerie en anderen)'),
        table([
          ['Overige stakeholders', ...PERSON_HEADER],
          row('Ministerie', P.sem, P.nina),
          row('AP', P.nina, P.amira),
          row('Politie', P.tim, P.amira),
          row('NCSC', P.yara, none),
        ]),
        h('3. Crisisorganisatie'),
        table([
          ['Betrokken organisatie-onderdelen in crisisteam', ...PERSON_HEADER],
          row('Teamleiding', P.sanne, P.pieter),
          row('RvB-lid', P.noud, P.pieter),
          row('Business', P.pieter, P.sanne),
          row('Communicatie', P.fleur, P.lotte),
          row('ICT', P.bram, P.joris),
          row('IB&P', P.amira, P.nina),
        ]),
        table([
          ['Betrokken keten/netwerkpartners in crisisteam', ...PERSON_HEADER],
          row('Landmeetdienst Noord', P.kees, P.mila),
        ]),
        p('Wie draagt de eindverantwoordelijkheid'),
        table([
          ['Eindverantwoordelijke voor', 'Naam', 'Functie', 'Telnrs (werk en privé)', 'E-mailadres'],
          ['Crisismanagement', ...P.sanne],
          ['Interne communicatie', ...P.lotte],
          ['Externe communicatie', ...P.fleur],
          ['CIO', ...P.bram],
          ['CISO', ...P.amira],
          ['SOC', 'n.t.b.', '', '', ''],
        ]),
        p('Kanalen per stakeholder'),
        table([
          ['Stakeholder', 'Telefoon', 'E-mail', 'Brief', 'Nieuwsbrief', 'Social media'],
          ['Ministerie', 'x', 'x', 'x', '', ''],
          ['AP', 'x', 'x', 'x', '', ''],
          ['Politie', 'x', 'x', '', '', ''],
          ['NCSC', 'x', 'x', '', '', ''],
          ['Landmeetdienst Noord', 'x', 'x', '', 'x', ''],
          ['Hostingpartner Nimbus', 'x', 'x', '', '', ''],
          ['BelNet Telefonie', 'x', 'x', '', '', ''],
        ]),
        h('4. Wie volgt wat er over ons verschijnt'),
        table([
          ['Bron', ...PERSON_HEADER],
          row('Pers', P.fleur, P.lotte),
          row('Social media', P.lotte, P.fleur),
          row('Nieuwssites', P.lotte, P.fleur),
          row('Radio/TV', P.fleur, P.lotte),
          row('Interne websites', P.lotte, none),
        ]),
        h('5. Opschaling'),
        p('Afspraken met de CIO en de CISO over wanneer een incident naar ketenniveau gaat.'),
        table([
          ['Opschalingsvoorwaarde', 'Eigenaar', 'Vastgesteld op'],
          [
            'Het kavelregister is langer dan vier uur niet bereikbaar voor afnemers.',
            'Bram Mulder',
            '02-09-2026',
          ],
          [
            'Er is een vermoeden dat persoonsgegevens van burgers zijn ingezien door onbevoegden.',
            'Amira El Idrissi',
            '02-09-2026',
          ],
        ]),
        h('6. Oefening'),
        p('Datum laatste oefening en actualisering: 14-10-2026'),
        p('Datum eerstkomende oefening en actualisering: 13-10-2027 om 09:30'),
        p('Locatie oefening: crisiskamer, gebouw B'),
      ],
    },
  ],
});

export default async function main(): Promise<void> {
  const out = path.resolve('test/fixtures/import/protocol-rkr.docx');
  await writeFile(out, await Packer.toBuffer(doc));
  console.log(`geschreven: ${out}`);
}
