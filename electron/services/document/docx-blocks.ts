import { AlignmentType, HeadingLevel, ImageRun, PageBreak, Paragraph, type Table, TextRun } from 'docx';
import type { Block, Cell, Column } from '../../../shared/document/blocks';
import { afterTable, factsTable, gridTable } from './docx-page';
import type { ImagePng } from './image-png';
import { LOG_PLACEHOLDER } from './log-xml';
import { MUTED, TONE_COLOUR } from './palette';

/** The blocks of the one document model as docx paragraphs and tables (the page: render-docx.ts). */
export type DocxPart = Paragraph | Table;

/** Pictures already rasterised, by block (resvg is asynchronous, the rest is not). */
export type DocxImages = ReadonlyMap<Block, ImagePng>;

/** A cell, and whether Word must keep its row on the page of the next row. */
type KeptCell = Cell & { keepNext?: boolean };

function cellParagraphs(c: KeptCell, align?: Column['align'], header = false): Paragraph[] {
  return c.text.split('\n').map(
    (line, i) =>
      new Paragraph({
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        keepNext: c.keepNext === true,
        spacing: { before: 0, after: 0 },
        children: [
          new TextRun({
            text: line,
            bold: header || c.bold === true || (c.strongFirst === true && i === 0),
            size: 17,
            ...(c.tone ? { color: TONE_COLOUR[c.tone] } : {}),
          }),
        ],
      }),
  );
}

/** Rows of a table short enough to keep on one page (as in the PDF, pdf-blocks.ts). */
const SHORT_TABLE = 12;

function table(columns: Column[], rows: Cell[][], width: number): Table {
  // a short table is kept whole, and with the heading before it: every row keeps with the next
  const short = rows.length <= SHORT_TABLE;
  return gridTable<KeptCell>(
    columns.map((c) => c.weight),
    columns.map((c) => ({ text: c.header, keepNext: short })),
    rows.map((row, r) => (short && r < rows.length - 1 ? row.map((c) => ({ ...c, keepNext: true })) : row)),
    { top: 40, bottom: 40, left: 80, right: 80 },
    (c, i, header) => cellParagraphs(c, columns[i]?.align, header),
    width,
  );
}

export function factsToDocx(rows: [string, string][]): Table {
  return factsTable(
    rows,
    0.32,
    { top: 20, bottom: 20, left: 0, right: 80 },
    (label) => cellParagraphs({ text: label, bold: true }),
    (value) => cellParagraphs({ text: value }),
  );
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** One block; `width` is the content width of the part's pages, in twips. */
export function blockToDocx(block: Block, width: number, images: DocxImages): DocxPart[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({ text: block.text, heading: HEADINGS[block.level], keepNext: true, keepLines: true }),
      ];
    case 'paragraph':
      // one Word paragraph per paragraph of the text: a conclusion typed in several paragraphs keeps them
      return block.text.split(/\r?\n\s*\n|\r?\n/).map(
        (text) =>
          new Paragraph({
            spacing: { after: 120 },
            // an intro belongs with what it introduces: never leave it alone at the foot of a page
            keepNext: block.italic === true,
            children: [
              new TextRun({
                text,
                italics: block.italic === true,
                ...(block.tone ? { color: TONE_COLOUR[block.tone] } : {}),
              }),
            ],
          }),
      );
    case 'facts':
      return [factsToDocx(block.rows), afterTable()];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ text: item, bullet: { level: 0 }, spacing: { after: 40 } }),
      );
    case 'table':
      return [table(block.columns, block.rows, width), afterTable()];
    case 'image': {
      const image = images.get(block);
      if (!image) throw new Error('image block without its rasterised picture');
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width: image.width, height: image.height },
              altText: { name: 'image', title: block.caption, description: block.caption },
            }),
          ],
        }),
        new Paragraph({
          spacing: { after: 160 },
          children: [new TextRun({ text: block.caption, italics: true, size: 16, color: MUTED })],
        }),
      ];
    }
    case 'log':
      // filled in as WordprocessingML after serialising: see log-xml.ts and engines/docx-engine.ts
      return [new Paragraph({ children: [new TextRun(LOG_PLACEHOLDER)] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
