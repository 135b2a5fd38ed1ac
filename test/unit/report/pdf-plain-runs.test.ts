import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ROBOTO_PATHS } from '../../../electron/services/export/pdf-engine';
import {
  cachePlainWords,
  type GlyphRun,
  type PdfKitEmbeddedFont,
  PLAIN_WORD,
  plainRun,
} from '../../../electron/services/report/pdf-plain-runs';

type Font = Required<PdfKitEmbeddedFont> & { layoutRun(text: string): GlyphRun };

function fontOf(doc: PDFKit.PDFDocument, file: string): Font {
  doc.font(file);
  return (doc as unknown as { _font: Font })._font;
}

const comparable = (run: GlyphRun) => ({
  ids: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => ({ ...p })),
  advanceWidth: run.advanceWidth,
});

const PLAIN_CHARACTERS = '0123456789:#().,+-';

describe('plain glyph runs for pdfkit', () => {
  it('equal what fontkit shapes, for every pair of plain characters in all four Roboto styles', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    for (const file of Object.values(ROBOTO_PATHS)) {
      const font = fontOf(doc, file);
      const words = ['#10000 ', '08:00:03 ', '(12:34:56) ', '19-11-2026 ', '+31 ', '1.234,5', '#7'];
      for (const a of PLAIN_CHARACTERS) {
        for (const b of PLAIN_CHARACTERS) words.push(a + b, `${a}${b} `);
      }
      for (const word of words) {
        expect(PLAIN_WORD.test(word), word).toBe(true);
        expect(comparable(plainRun(font, word)), `${path.basename(file)} "${word}"`).toEqual(
          comparable(font.layoutRun(word)),
        );
      }
      // the reason '/' is left out: Roboto kerns "//"
      expect(comparable(plainRun(font, '//'))).not.toEqual(comparable(font.layoutRun('//')));
    }
  });

  it('take only plain words, split as pdfkit splits them, and leave the rest to pdfkit', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const font = fontOf(doc, ROBOTO_PATHS.bold);
    cachePlainWords(font, '#42  08:00:03 · Besluit // 1/2 (09:15)');
    expect(Object.keys(font.layoutCache).sort()).toEqual(['#42 ', '(09:15)', '08:00:03 ']);
    expect(PLAIN_WORD.test('fi ')).toBe(false);
    // a document that turned pdfkit's cache off gets nothing added
    const uncached = new PDFDocument({ autoFirstPage: false, fontLayoutCache: false } as object);
    const bare = fontOf(uncached, ROBOTO_PATHS.normal);
    expect(() => cachePlainWords(bare, '#1 ')).not.toThrow();
    expect(bare.layoutCache).toBeUndefined();
  });

  it('leave the PDF the same as pdfkit makes it on its own', async () => {
    const LINES = [
      '#1234  08:00:03 (08:00:04) · Besluit · Marloes',
      'fase: 2 · 19-11-2026 · +31 6 1234 5678',
    ];
    const render = async (prefill: boolean) => {
      const doc = new PDFDocument({ size: 'A4', compress: false, info: { CreationDate: new Date(0) } });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
      LINES.forEach((line, i) => {
        const font = fontOf(doc, i === 0 ? ROBOTO_PATHS.bold : ROBOTO_PATHS.normal);
        doc.fontSize(8);
        if (prefill) cachePlainWords(font, line);
        doc.text(line, 50, 50 + i * 10, { lineBreak: false });
      });
      doc.end();
      await done;
      // the file ID is random per document
      return Buffer.concat(chunks)
        .toString('latin1')
        .replace(/\/ID \[[^\]]*\]/, '');
    };
    const own = await render(false);
    const prefilled = await render(true);
    expect(prefilled).toBe(own);
    const dir = await mkdtemp(path.join(tmpdir(), 'ketenbord-plain-runs-'));
    const file = path.join(dir, 'plain.pdf');
    await writeFile(file, Buffer.from(prefilled, 'latin1'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('#1234 08:00:03 (08:00:04)');
    expect(text).toContain('+31 6 1234 5678');
  });
});
