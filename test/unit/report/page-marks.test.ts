import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderProtocolDocx, renderProtocolPdf } from '../../../electron/services/protocol/print/index';
import { renderReportDocx } from '../../../electron/services/report/render-docx';
import { renderReportPdf } from '../../../electron/services/report/render-pdf';
import { convertDocxToPdf, hasSoffice } from '../../fixtures/libreoffice';
import { scriptedExerciseSuite } from './scripted';

/**
 * Marks a single torn-off page must carry, read back page by page the way a reader sees them:
 * pdftotext per page of the PDF, and of the Word file as LibreOffice lays it out.
 */
const scripted = scriptedExerciseSuite();
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ketenbord-marks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function pages(pdf: string): string[] {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(count).toBeGreaterThan(1);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
}

async function save(bytes: Buffer, name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

const CREDIT = /Ketencommunicatie bij Crises \(CIP, v1\.1, 2020\), CC BY-SA 4\.0/;

describe('marks on every page', () => {
  it('an exercise report in PDF says OEFENING at the head and foot of every page, the log appendix included', async () => {
    for (const kind of ['evaluation', 'aftercare'] as const) {
      const model = await scripted.model({ kind, classification: 'none' });
      const text = pages(await save(await renderReportPdf(model), `${kind}.pdf`));
      text.forEach((page, i) => {
        // header and footer: twice on every page, also where nothing else says it (no classification)
        expect(page.match(/OEFENING/g)?.length ?? 0, `${kind} page ${i + 1}`).toBeGreaterThanOrEqual(2);
        // and no page holds only its frame (the scripted evaluation once ended in an empty page
        // before the log, from a margin that no longer fitted)
        expect(page.split(/\s+/).filter(Boolean).length, `${kind} page ${i + 1} words`).toBeGreaterThan(40);
      });
      expect(text.join('\n')).toMatch(CREDIT);
      expect(text.join('\n')).toMatch(/Matrix: CIP 2020/);
    }
  });

  it('an English exercise report keeps the Dutch mark beside the English one on every page', async () => {
    const model = await scripted.model({ kind: 'evaluation', language: 'en', classification: 'none' });
    const text = pages(await save(await renderReportPdf(model), 'en.pdf'));
    text.forEach((page, i) => {
      expect(page.match(/EXERCISE \/ OEFENING/g)?.length ?? 0, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    });
    expect(text.join('\n')).toContain(
      'Based on the guide Ketencommunicatie bij Crises (CIP, v1.1, 2020), CC BY-SA 4.0',
    );
  });

  it('a real incident carries no exercise mark', async () => {
    const model = await scripted.model({
      kind: 'aftercare',
      incident: { ...(await scripted.input()).incident, isExercise: false },
    });
    const text = pages(await save(await renderReportPdf(model), 'real.pdf'));
    for (const page of text) expect(page).not.toContain('OEFENING');
    expect(text.join('\n')).toMatch(CREDIT);
  });

  it('the PDF has bookmarks for the sections, a language and an author', async () => {
    const model = await scripted.model({ kind: 'evaluation' });
    const file = await save(await renderReportPdf(model), 'meta.pdf');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Author:\s+Marieke Jansen/);
    expect(info).toMatch(/Keywords:\s+.*crisiscommunicatie/);
    expect(info).toMatch(/Subject:\s+\S/);
    const raw = (await import('node:fs')).readFileSync(file).toString('latin1');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).toContain('/PageMode /UseOutlines');
  });

  it.skipIf(!hasSoffice)(
    'the Word exercise report, laid out by LibreOffice, says OEFENING on every page',
    { timeout: 180_000 },
    async () => {
      const model = await scripted.model({ kind: 'evaluation', classification: 'none' });
      const docx = await save(await renderReportDocx(model), 'evaluation-word.docx');
      const text = pages(convertDocxToPdf(docx, dir, 120_000));
      text.forEach((page, i) => {
        expect(page.match(/OEFENING/g)?.length ?? 0, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      });
      expect(text.join('\n')).toMatch(CREDIT);
    },
  );

  it('the Word file is Dutch (or British English) and its headings have outline levels', async () => {
    for (const language of ['nl', 'en'] as const) {
      const model = await scripted.model({ kind: 'evaluation', language });
      const file = await save(await renderReportDocx(model), `lang-${language}.docx`);
      const styles = execFileSync('unzip', ['-p', file, 'word/styles.xml'], { encoding: 'utf8' });
      expect(styles).toContain(`w:lang w:val="${language === 'nl' ? 'nl-NL' : 'en-GB'}"`);
      for (const level of [0, 1, 2]) expect(styles).toContain(`<w:outlineLvl w:val="${level}"/>`);
      const core = execFileSync('unzip', ['-p', file, 'docProps/core.xml'], { encoding: 'utf8' });
      expect(core).toContain('<dc:creator>Marieke Jansen</dc:creator>');
      expect(core).toContain('<cp:keywords>');
      expect(core).toContain('<dc:subject>');
    }
  });

  it('the printed protocol carries VERTROUWELIJK on every page by default, in both formats, and credits CIP', async () => {
    const protocol = (await scripted.input()).protocol;
    const opts = { language: 'nl' as const, generatedAt: new Date('2026-11-28T12:00:00Z'), appVersion: '1' };
    const pdfPages = pages(await save(await renderProtocolPdf(protocol, opts), 'protocol.pdf'));
    pdfPages.forEach((page, i) => {
      expect(page.match(/VERTROUWELIJK/g)?.length ?? 0, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    });
    expect(pdfPages.join('\n')).toMatch(CREDIT);
    const intern = pages(
      await save(await renderProtocolPdf(protocol, { ...opts, classification: 'intern' }), 'intern.pdf'),
    );
    for (const page of intern) expect(page).toContain('INTERN');
    if (hasSoffice) {
      const docx = await save(await renderProtocolDocx(protocol, opts), 'protocol-word.docx');
      const wordPages = pages(convertDocxToPdf(docx, dir, 120_000));
      wordPages.forEach((page, i) => {
        expect(page.match(/VERTROUWELIJK/g)?.length ?? 0, `word page ${i + 1}`).toBeGreaterThanOrEqual(2);
      });
      expect(wordPages.join('\n')).toMatch(CREDIT);
    }
  }, 180_000);
});
