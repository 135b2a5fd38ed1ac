/**
 * Import figures for `npm run bench` (issue 14): reading the fictitious Word protocol (unzip, XML,
 * recognition, the draft) and merging it into the demo; reading a 2,000-person Outlook export in
 * Windows-1252 and a 2,000-card vCard 2.1 file with quoted-printable names. Medians of a few runs
 * after one warm-up. Prints, never asserts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocx } from '../electron/services/protocol/import/read-docx';
import { buildProtocolFromDocx } from '../shared/protocol/import/docx-build';
import { mergeProtocol } from '../shared/protocol/import/protocol-merge';
import { readContactsFile } from '../shared/protocol/import/read-contacts-file';
import { checkReadiness } from '../shared/protocol/readiness';
import { protocolSchema } from '../shared/protocol/schema';
import { loadSampleProtocol } from '../test/fixtures/scripted-exercise';

const RUNS = 7;

function median(fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function outlookCsv(count: number): Uint8Array {
  const rows = [
    'Voornaam,Achternaam,Bedrijf,Functie,Telefoon op werk,Telefoon thuis,Mobiele telefoon,E-mailadres,Notities',
  ];
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(4, '0');
    rows.push(
      `Jürgen${n},Müller${n},Landmeetdienst,Coördinator,030 234 ${n},030 765 ${n},06 1234 ${n},p${n}@dur.example,"Piket: week ${i % 52}"`,
    );
  }
  return Uint8Array.from([...rows.join('\r\n')].map((c) => c.charCodeAt(0)));
}

function vcards(count: number): Uint8Array {
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(4, '0');
    cards.push(
      [
        'BEGIN:VCARD',
        'VERSION:2.1',
        `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen${n} M=C3=BCller`,
        `TEL;CELL:06 1234 ${n}`,
        `TEL;WORK;VOICE:030 234 ${n}`,
        `EMAIL;INTERNET:p${n}@dur.example`,
        'END:VCARD',
      ].join('\r\n'),
    );
  }
  return new TextEncoder().encode(cards.join('\r\n'));
}

export async function benchImport(): Promise<void> {
  const bytes = new Uint8Array(await readFile(path.resolve('test/fixtures/import/protocol-rkr.docx')));
  const today = new Date();
  let draft = buildProtocolFromDocx(readDocx(bytes), { '9': 'media' });
  console.log(
    `Word-protocol lezen (11 tabellen, 19 personen): ${ms(
      median(() => {
        draft = buildProtocolFromDocx(readDocx(bytes), { '9': 'media' });
      }),
    )}`,
  );
  console.log(
    `  + schema en gereedheid: ${ms(
      median(() => {
        protocolSchema.parse(draft.protocol);
        checkReadiness(draft.protocol, today);
      }),
    )}`,
  );
  const demo = await loadSampleProtocol();
  console.log(
    `  samenvoegen met het demoprotocol: ${ms(median(() => protocolSchema.parse(mergeProtocol(demo, draft.protocol))))}`,
  );
  const csv = outlookCsv(2000);
  console.log(
    `Outlook-CSV, 2.000 personen, Windows-1252: ${ms(median(() => readContactsFile(csv, 'contacts.csv')))}`,
  );
  const vcf = vcards(2000);
  console.log(
    `vCard 2.1, 2.000 kaarten, quoted-printable: ${ms(median(() => readContactsFile(vcf, 'contacts.vcf')))}`,
  );
}
