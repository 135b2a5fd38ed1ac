import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Protocol } from '../../../../shared/protocol/schema';
import type { Block, Cell, Column, PrintDocument } from './blocks';
import { buildProtocolDocument, type PrintOptions } from './build-document';

/** Word rendering of the printed protocol. Sizes in twips (1/20 pt) and half-points, as Word counts. */
const PAGE_WIDTH = 11_906; // A4
const MARGIN = 1_134; // 2 cm
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const FONT = 'Arial';
const ACCENT = '1F3864';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' } as const;
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

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

function widths(columns: Column[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => Math.floor((c.weight / total) * CONTENT_WIDTH));
}

function table(columns: Column[], rows: Cell[][]): Table {
  const w = widths(columns);
  const makeCell = (c: Cell, i: number, header: boolean) =>
    new TableCell({
      width: { size: w[i] ?? 0, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE3EE' } : undefined,
      children: cellParagraphs(c, columns[i]?.align, header),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
    rows: [
      // Repeated at the top of every page the table runs onto.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => makeCell({ lines: [c.header] }, i, true)),
      }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((c, i) => makeCell(c, i, false)) }),
      ),
    ],
  });
}

function facts(rows: [string, string][]): Table {
  const w = [Math.floor(CONTENT_WIDTH * 0.3), Math.ceil(CONTENT_WIDTH * 0.7)];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 0, right: 90 },
    borders: {
      top: NO_RULE,
      bottom: NO_RULE,
      left: NO_RULE,
      right: NO_RULE,
      insideHorizontal: NO_RULE,
      insideVertical: NO_RULE,
    },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: w[0]!, type: WidthType.DXA },
              children: cellParagraphs({ lines: [label] }, 'left', true),
            }),
            new TableCell({
              width: { size: w[1]!, type: WidthType.DXA },
              children: cellParagraphs({ lines: [value] }, 'left'),
            }),
          ],
        }),
    ),
  });
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
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
      // A small gap after a table so the next heading or table does not touch it.
      return [table(block.columns, block.rows), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'facts':
      return [facts(block.rows), new Paragraph({ spacing: { after: 60 }, children: [] })];
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
      spacing: { before: 1200 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: cover.notice, italics: true, size: 18 })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function footer(doc: PrintDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 4 } },
        tabStops: [{ type: 'right', position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: doc.footer, size: 16, color: '595959' }),
          new TextRun({
            size: 16,
            color: '595959',
            children: [
              '\t',
              `${doc.pageLabel} `,
              PageNumber.CURRENT,
              ` ${doc.ofLabel} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

export async function renderProtocolDocx(protocol: Protocol, opts: PrintOptions): Promise<Buffer> {
  const doc = buildProtocolDocument(protocol, opts);
  const file = new Document({
    title: doc.title,
    creator: `Ketenbord ${opts.appVersion}`,
    description: doc.cover.subtitle,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 23, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 240, after: 100 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE_WIDTH, height: 16_838 },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        // Word wants at least one paragraph in every footer, even the cover's empty one.
        footers: { default: footer(doc), first: new Footer({ children: [new Paragraph({})] }) },
        children: [...coverPage(doc), ...doc.blocks.flatMap(blockToDocx)],
      },
    ],
  });
  return Packer.toBuffer(file);
}
