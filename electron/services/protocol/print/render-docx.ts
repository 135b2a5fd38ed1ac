import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import type { Protocol } from '../../../../shared/protocol/schema';
import { addCoreLanguage } from '../../export/docx-core-language';
import {
  a4Page,
  afterTable,
  documentStyles,
  docxProperties,
  factsTable,
  gridTable,
  LANDSCAPE_CONTENT_WIDTH,
  marksHeader,
  pageNumberFooter,
} from '../../export/docx-page';
import { ACCENT, MUTED } from '../../export/palette';
import type { Block, Cell, Column, PrintDocument } from './blocks';
import { buildProtocolDocument, type PrintOptions } from './build-document';

/** Word rendering of the printed protocol (page, styles and tables: export/docx-page.ts). */
function cellParagraphs(c: Cell, align: Column['align'], bold = false): Paragraph[] {
  const lines = c.lines.length > 0 ? c.lines : [''];
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text: line, bold: bold || (c.strongFirst === true && i === 0), size: 18 })],
      }),
  );
}

function table(columns: Column[], rows: Cell[][], width?: number): Table {
  return gridTable(
    columns.map((c) => c.weight),
    columns.map((c) => ({ lines: [c.header] })),
    rows,
    { top: 50, bottom: 50, left: 90, right: 90 },
    (c, i, header) => cellParagraphs(c, columns[i]?.align, header),
    width,
  );
}

function facts(rows: [string, string][]): Table {
  return factsTable(
    rows,
    0.3,
    { top: 40, bottom: 40, left: 0, right: 90 },
    (label) => cellParagraphs({ lines: [label] }, 'left', true),
    (value) => cellParagraphs({ lines: [value] }, 'left'),
  );
}

function blockToDocx(block: Block, width?: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          text: block.text,
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          keepLines: true,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: block.text,
              italics: block.muted === true,
              color: block.muted ? '595959' : undefined,
            }),
          ],
        }),
      ];
    case 'table':
      return [table(block.columns, block.rows, width), afterTable()];
    case 'facts':
      return [facts(block.rows), afterTable()];
  }
}

function coverPage(doc: PrintDocument): (Paragraph | Table)[] {
  const { cover } = doc;
  return [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [new TextRun({ text: cover.organisation, size: 32, color: '404040' })],
    }),
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text: cover.title, bold: true, size: 56, color: ACCENT })],
    }),
    new Paragraph({
      spacing: { after: 720 },
      children: [new TextRun({ text: cover.subtitle, size: 26, color: '404040' })],
    }),
    facts(cover.facts),
    new Paragraph({
      spacing: { before: 1200, after: 160 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: cover.notice, italics: true, size: 18 })],
    }),
    ...doc.colophon.map(
      (line) =>
        new Paragraph({
          spacing: { after: 40 },
          children: [new TextRun({ text: line, size: 17, color: MUTED })],
        }),
    ),
  ];
}

export async function renderProtocolDocx(protocol: Protocol, opts: PrintOptions): Promise<Buffer> {
  const doc = buildProtocolDocument(protocol, opts);
  // every section carries the same header and footer: the classification on every page
  const frame = () => ({
    headers: { default: marksHeader(doc.mark, 18) },
    footers: {
      default: pageNumberFooter({
        text: doc.footer,
        pageLabel: doc.pageLabel,
        ofLabel: doc.ofLabel,
        size: 16,
        alignLeft: true,
      }),
    },
  });
  const file = new Document({
    ...docxProperties(doc.metadata),
    styles: documentStyles(20, 28, doc.metadata.language),
    sections: [
      { properties: { page: a4Page() }, ...frame(), children: coverPage(doc) },
      // the work card on landscape pages, so the matrix's five audiences sit side by side
      {
        properties: { page: a4Page(undefined, true) },
        ...frame(),
        children: doc.workCard.flatMap((b) => blockToDocx(b, LANDSCAPE_CONTENT_WIDTH)),
      },
      { properties: { page: a4Page() }, ...frame(), children: doc.blocks.flatMap((b) => blockToDocx(b)) },
    ],
  });
  addCoreLanguage(file, doc.metadata.language); // dc:language in docProps/core.xml
  return Packer.toBuffer(file);
}
