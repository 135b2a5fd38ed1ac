import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
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
import type { Block, Cell, Column, LogLine } from '../../../shared/report/blocks';
import type { CoverData, ReportModel } from '../../../shared/report/model';
import { insertLogXml, LOG_PLACEHOLDER, logEntriesXml } from './docx-log-xml';
import { ACCENT, HEADER_FILL, MARK, MUTED, RULE, TONE_COLOUR } from './theme';
import { type TimelinePng, timelinePng } from './timeline-png';

/** Word rendering of the report. Sizes in twips (1/20 pt) and half-points, as Word counts. */
const PAGE_WIDTH = 11_906; // A4
const PAGE_HEIGHT = 16_838;
const MARGIN = 1_134; // 2 cm
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** the content width in CSS pixels (96 per inch): 1 px = 15 twips */
const CONTENT_PX = Math.floor(CONTENT_WIDTH / 15);
const FONT = 'Arial';
const LINE = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

type Part = Paragraph | Table;

function cellParagraphs(c: Cell, bold = false): Paragraph[] {
  return c.text.split('\n').map(
    (line) =>
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: [
          new TextRun({
            text: line,
            bold: bold || c.bold === true,
            size: 17,
            ...(c.tone ? { color: TONE_COLOUR[c.tone] } : {}),
          }),
        ],
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
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
      children: cellParagraphs(c, header),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => makeCell({ text: c.header }, i, true)),
      }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((c, i) => makeCell(c, i, false)) }),
      ),
    ],
  });
}

function facts(rows: [string, string][]): Table {
  const w = [Math.floor(CONTENT_WIDTH * 0.32), Math.ceil(CONTENT_WIDTH * 0.68)];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    margins: { top: 20, bottom: 20, left: 0, right: 80 },
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: w[0]!, type: WidthType.DXA },
              children: cellParagraphs({ text: label, bold: true }),
            }),
            new TableCell({
              width: { size: w[1]!, type: WidthType.DXA },
              children: cellParagraphs({ text: value }),
            }),
          ],
        }),
    ),
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockToDocx(block: Block, timeline: TimelinePng): Part[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({ text: block.text, heading: HEADINGS[block.level], keepNext: true, keepLines: true }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          // an intro belongs with what it introduces: never leave it alone at the foot of a page
          keepNext: block.italic === true,
          children: [
            new TextRun({
              text: block.text,
              italics: block.italic === true,
              ...(block.tone ? { color: TONE_COLOUR[block.tone] } : {}),
            }),
          ],
        }),
      ];
    case 'facts':
      return [facts(block.rows), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ text: item, bullet: { level: 0 }, spacing: { after: 40 } }),
      );
    case 'table':
      return [table(block.columns, block.rows), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'timeline':
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: timeline.png,
              transformation: { width: timeline.width, height: timeline.height },
              altText: { name: 'timeline', title: block.caption, description: block.caption },
            }),
          ],
        }),
        new Paragraph({
          spacing: { after: 160 },
          children: [new TextRun({ text: block.caption, italics: true, size: 16, color: MUTED })],
        }),
      ];
    case 'log':
      // filled in as raw XML after serialising: see docx-log-xml.ts
      return [new Paragraph({ children: [new TextRun(LOG_PLACEHOLDER)] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function coverPage(cover: CoverData): Part[] {
  return [
    new Paragraph({
      spacing: { before: 2000, after: 200 },
      children: [new TextRun({ text: cover.organisation, size: 30, color: '404040' })],
    }),
    new Paragraph({
      spacing: { after: 80 },
      children: [new TextRun({ text: cover.title, bold: true, size: 52, color: ACCENT })],
    }),
    new Paragraph({
      spacing: { after: 80 },
      children: [new TextRun({ text: cover.incidentTitle, bold: true, size: 32 })],
    }),
    new Paragraph({
      spacing: { after: 360 },
      children: [new TextRun({ text: cover.subtitle, italics: true, size: 22, color: '404040' })],
    }),
    ...(cover.isExercise
      ? [
          new Paragraph({
            spacing: { after: 360 },
            children: [new TextRun({ text: cover.exerciseText, bold: true, size: 26, color: MARK })],
          }),
        ]
      : []),
    facts(cover.facts),
    new Paragraph({
      spacing: { before: 800 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: cover.notice, italics: true, size: 17, color: MUTED })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function header(model: ReportModel): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: model.classificationMark
          ? [new TextRun({ text: model.classificationMark, bold: true, color: MARK, size: 18 })]
          : [],
      }),
    ],
  });
}

function footer(model: ReportModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        tabStops: [{ type: 'right', position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: model.footerText, size: 14, color: MUTED }),
          new TextRun({
            size: 14,
            color: MUTED,
            children: [
              '\t',
              `${model.pageLabel} `,
              PageNumber.CURRENT,
              ` ${model.ofLabel} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/** The report as a Word file: the same blocks as the PDF, in the same order. */
export async function renderReportDocx(model: ReportModel): Promise<Buffer> {
  const timeline = await timelinePng(model.timeline, CONTENT_PX, model.language);
  const children: Part[] = [];
  let logLines: readonly LogLine[] | null = null;
  for (const section of model.sections) {
    for (const b of section.blocks) if (b.kind === 'log') logLines = b.lines;
    // the title page is laid out from its data, as in the PDF
    if (section.id === 'cover') children.push(...coverPage(section.data));
    else for (const b of section.blocks) children.push(...blockToDocx(b, timeline));
  }
  const file = new Document({
    title: model.title,
    creator: `Ketenbord ${model.appVersion}`,
    description: model.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: 19 } },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 23, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 240, after: 100 } },
        },
        heading3: {
          run: { font: FONT, size: 19, bold: true, color: '333333' },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 560, footer: 560 },
          },
        },
        headers: { default: header(model) },
        footers: { default: footer(model) },
        children,
      },
    ],
  });
  return packWithLog(file, logLines);
}

/** docx's compiler: not in its typings, but the documented way `overrides` replace package parts. */
interface DocxCompiler {
  compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, unknown>;
}

/**
 * Serialises the document once, puts the log appendix into word/document.xml as text, and packs
 * again with that document.xml as an override (the docx library's own mechanism for custom parts).
 */
async function packWithLog(file: Document, logLines: readonly LogLine[] | null): Promise<Buffer> {
  if (logLines === null) return Packer.toBuffer(file);
  const compiler = (Packer as unknown as { compiler: DocxCompiler }).compiler;
  const documentXml = compiler.compile(file).get('word/document.xml');
  if (typeof documentXml !== 'string') throw new Error('docx: word/document.xml not found');
  const data = insertLogXml(documentXml, logEntriesXml(logLines));
  return Packer.toBuffer(file, false, [{ path: 'word/document.xml', data }]);
}
