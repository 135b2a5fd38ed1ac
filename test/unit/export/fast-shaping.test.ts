import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  attachFastShaping,
  type GlyphRun,
  type PdfKitEmbeddedFont,
  setFastShaping,
  shapeWord,
} from '../../../electron/services/export/fast-shaping';
import { ROBOTO_PATHS } from '../../../electron/services/export/pdf-engine';
import { robotoShaping } from '../../../electron/services/export/roboto-shaping';
import { renderProtocolPdf } from '../../../electron/services/protocol/print/index';
import { renderReportPdf } from '../../../electron/services/report/render-pdf';
import { scriptedExerciseSuite } from '../report/scripted';

type Font = Required<PdfKitEmbeddedFont> & { font: Parameters<typeof shapeWord>[1] };

function fontOf(doc: PDFKit.PDFDocument, file: string): Font {
  doc.font(file);
  return (doc as unknown as { _font: Font })._font;
}

const comparable = (run: GlyphRun) => ({
  ids: run.glyphs.map((g) => g.id),
  codePoints: run.glyphs.map((g) => g.codePoints),
  positions: run.positions.map((p) => ({ ...p })),
  advanceWidth: run.advanceWidth,
});

/** Words as pdfkit splits them (each with the space after it), from the app's own Dutch and English texts. */
function corpus(): string[] {
  const words = new Set<string>();
  for (const language of ['nl', 'en']) {
    const dir = path.resolve('shared/i18n', language);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const word of text.split(/\s+/)) {
        if (word) {
          words.add(word);
          words.add(`${word} `);
        }
      }
    }
  }
  return [...words];
}

/** Random words from the table's characters, weighted to letters, kerning pairs and 'f' (seeded). */
function randomWords(chars: string, count: number): string[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pool = `${chars}fffiillTTAAVVWWyy..,,`;
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 10);
    let word = '';
    for (let i = 0; i < length; i++) word += pool[Math.floor(next() * pool.length)];
    return next() < 0.5 ? `${word} ` : word;
  });
}

describe('shaping Roboto words without fontkit', () => {
  it('has a table made from exactly the Roboto files pdfmake installs, for all four styles', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    for (const file of Object.values(ROBOTO_PATHS)) {
      const font = fontOf(doc, file);
      attachFastShaping(font);
      // if pdfmake changed its fonts, regenerate: node bin/run-ts.mjs scripts/generate-roboto-shaping.ts
      expect(font.fastShaping, path.basename(file)).toBe(true);
    }
  });

  it('makes the run fontkit makes, glyph for glyph and position for position, or leaves the word to fontkit', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    let fast = 0;
    let left = 0;
    let ligated = 0;
    for (const file of Object.values(ROBOTO_PATHS)) {
      const font = fontOf(doc, file);
      const table = robotoShaping(font.font.postscriptName)!;
      const chars = Array.from({ length: 65_536 }, (_, c) => c)
        .filter((c) => !Number.isNaN(table.advance[c]!))
        .map((c) => String.fromCharCode(c))
        .join('');
      const glyphs = new Map();
      const words = [
        ...corpus(),
        ...randomWords(chars, 4000),
        'Tot ',
        'AVW',
        'Café ',
        '€ 1.234,56 ',
        '“citaat” ',
        '08:00:03 ',
        '#10000 ',
        'officier ',
        'fffi',
        'fiflffi ',
        'Afi',
        'fiT',
        'ﬁ',
        'Wfl.',
      ];
      for (const word of words) {
        const run = shapeWord(table, font.font, font.scale, glyphs, word);
        if (!run) {
          left++;
          continue;
        }
        fast++;
        if (run.glyphs.length < word.length) ligated++;
        expect(comparable(run), `${path.basename(file)} ${JSON.stringify(word)}`).toEqual(
          comparable(font.layoutRun(word)),
        );
      }
      // characters outside the table go to fontkit
      for (const word of ['fase → 2', 'tab\t', 'zacht\u00adstreepje']) {
        expect(shapeWord(table, font.font, font.scale, glyphs, word), word).toBeNull();
      }
    }
    // the comparison above is not empty: most words take the fast path, ligatures included
    expect(fast).toBeGreaterThan(left * 3);
    expect(ligated).toBeGreaterThan(100);
  });

  const scripted = scriptedExerciseSuite();

  it('leaves the report and the printed protocol byte for byte as fontkit alone makes them', async () => {
    const model = await scripted.model({ kind: 'evaluation' });
    // the creation date and the file ID differ per run; everything else must not
    const normal = (pdf: Buffer) =>
      pdf
        .toString('latin1')
        .replace(/\/ID \[[^\]]*\]/, '')
        .replace(/\(D:\d{14}Z\)/g, '');
    const render = async () => ({
      report: await renderReportPdf(model),
      protocol: await renderProtocolPdf(scripted.exercise.protocol, {
        language: 'nl',
        generatedAt: new Date('2026-11-28T12:00:00Z'),
        appVersion: '9.9.9-test',
      }),
    });
    setFastShaping(false);
    const slow = await render();
    setFastShaping(true);
    const fast = await render();
    // compared as booleans: a diff of two PDFs would drown the test output
    expect(normal(fast.report) === normal(slow.report), 'report').toBe(true);
    expect(normal(fast.protocol) === normal(slow.protocol), 'protocol').toBe(true);
    // and the text reads back
    const dir = await mkdtemp(path.join(tmpdir(), 'ketenbord-shaping-'));
    try {
      const file = path.join(dir, 'report.pdf');
      await writeFile(file, fast.report);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Evaluatie');
      expect(text).toContain('OEFENING');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
