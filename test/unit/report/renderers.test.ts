import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../../electron/services/report/render-docx';
import { renderReportPdf } from '../../../electron/services/report/render-pdf';
import { summaryOf } from '../../../shared/log/summary';
import { scriptedExerciseSuite } from './scripted';

const scripted = scriptedExerciseSuite();

/** pdftotext wraps long lines and justifies nothing: compare with all whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function toFile(bytes: Buffer, name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ketenbord-render-'));
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

describe('report renderers', () => {
  it('write a PDF whose text holds every log entry’s summary and the integrity statement', async () => {
    for (const kind of ['aftercare', 'evaluation'] as const) {
      const model = await scripted.model({ kind });
      const pdf = await renderReportPdf(model);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = flat(execFileSync('pdftotext', [await toFile(pdf, 'r.pdf'), '-'], { encoding: 'utf8' }));
      for (const entry of scripted.exercise.entries) expect(text).toContain(flat(summaryOf(entry, 'nl')));
      expect(text).toContain('Integriteitsverklaring');
      expect(text).toContain(flat(`laatste byte gelezen: ${scripted.exercise.entries.length} regels`));
      const appendix = model.sections.find((s) => s.id === 'appendix');
      if (appendix?.id !== 'appendix') throw new Error('no appendix');
      expect(text).toContain(appendix.data.integrity.headHash);
      expect(text).toContain('VERTROUWELIJK');
      expect(text).toMatch(/Pagina 1 van \d+/);
      // the saved evaluation's improvement plan is in both: the aftercare report carries the lessons too
      // (a table cell: pdftotext interleaves its wrapped lines with the next cells')
      expect(text).toContain('Verbeterplan');
      expect(text).toMatch(/Sjabloon .*klantbericht datalek/);
    }
  });

  it('write a DOCX zip with word/document.xml holding the same text, the timeline image and page numbers', async () => {
    const model = await scripted.model({ kind: 'evaluation', language: 'en', classification: 'intern' });
    const docx = await renderReportDocx(model);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const file = await toFile(docx, 'r.docx');
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    expect(listing).toContain('word/document.xml');
    expect(listing).toMatch(/word\/media\/.+\.png/);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const text = xml
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    for (const entry of scripted.exercise.entries) expect(text).toContain(summaryOf(entry, 'en'));
    expect(text).toContain('Integrity statement');
    expect(text).not.toContain('KETENBORD-LOG-APPENDIX-PLACEHOLDER');
    const headers = execFileSync('unzip', ['-p', file, 'word/header1.xml'], { encoding: 'utf8' });
    expect(headers).toContain('INTERNAL');
    const footer = execFileSync('unzip', ['-p', file, 'word/footer1.xml'], { encoding: 'utf8' });
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });
});
