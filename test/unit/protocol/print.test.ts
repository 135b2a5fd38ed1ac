import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildProtocolDocument,
  renderProtocolDocx,
  renderProtocolPdf,
} from '../../../electron/services/protocol/print/index';
import { createDefaultProtocol } from '../../../shared/protocol/defaults';
import { loadSample } from './load-sample';
import { readZipEntry } from './read-zip';

const PDFTOTEXT = '/usr/bin/pdftotext';
const OPTS = {
  language: 'nl' as const,
  generatedAt: new Date('2026-11-28T10:49:51Z'),
  appVersion: '0.1.0-test',
};

describe('printable protocol', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ketenbord-print-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds sections in binder order, the same for both renderers', () => {
    const doc = buildProtocolDocument(loadSample(), OPTS);
    const h1 = doc.parts[1]!.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map(
      (b) => b.kind === 'heading' && b.text,
    );
    expect(h1).toEqual([
      'Crisisteam en bellijst',
      'Eindverantwoordelijken',
      'Cruciale informatiesystemen',
      'Business Continuity Plan',
      'Stakeholders',
      'Communicatiekanalen per stakeholder',
      'Monitoring van publieke communicatie',
      'Opschalingsafspraken met CIO en CISO',
      'Oefening en actualisering',
      'Alle contactpersonen',
    ]);
    expect(doc.cover.facts).toContainEqual(['Afgedrukt op', '28 november 2026 om 11:49']);
  });

  it('renders the sample to a PDF that pdftotext reads, with names and private numbers', async () => {
    const file = join(dir, 'protocol.pdf');
    writeFileSync(file, await renderProtocolPdf(loadSample(), OPTS));
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    for (const name of ['Marieke Jansen', 'Hans Bakker', 'Karin Brouwer', 'Mila Jacobs', 'Daan Verbeek']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Crisiscommunicatieprotocol');
    expect(text).toContain('Privé: 06 12345201');
    expect(text).toMatch(/Pagina 2 van \d+/);
    expect(text).toContain('28 november 2026 om 11:49');
  });

  it('renders the sample to a DOCX whose document.xml holds the names, footer numbering and unsplittable rows', async () => {
    const file = join(dir, 'protocol.docx');
    const buffer = await renderProtocolDocx(loadSample(), OPTS);
    writeFileSync(file, buffer);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const xml = readZipEntry(buffer, 'word/document.xml') ?? '';
    for (const name of ['Marieke Jansen', 'Karin Brouwer', 'Mila Jacobs']) expect(xml).toContain(name);
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:tblHeader/>');
    const footers = ['footer1.xml', 'footer2.xml'].map((f) => readZipEntry(buffer, `word/${f}`) ?? '');
    expect(footers.join('')).toContain('NUMPAGES');
  });

  it('prints English when asked, and an empty protocol without failing', async () => {
    const file = join(dir, 'empty-en.pdf');
    writeFileSync(file, await renderProtocolPdf(createDefaultProtocol(), { ...OPTS, language: 'en' }));
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Crisis communication protocol');
    expect(text).toContain('— nobody named —');
    expect(
      (await renderProtocolDocx(createDefaultProtocol(), { ...OPTS, language: 'en' })).length,
    ).toBeGreaterThan(1000);
  });
});
