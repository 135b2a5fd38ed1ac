import {
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import type { Block, Cell, Column, LogLine } from '../../../shared/report/blocks';
import type { CoverData, ReportModel } from '../../../shared/report/model';
import { addCoreLanguage } from '../export/docx-core-language';
import {
  a4Page,
  afterTable,
  CONTENT_WIDTH,
  documentStyles,
  docxProperties,
  FONT,
  factsTable,
  gridTable,
  marksHeader,
  pageNumberFooter,
} from '../export/docx-page';
import { bodyBlocks } from './body-blocks';
import { insertLogXml, LOG_PLACEHOLDER, logEntriesXml } from './docx-log-xml';
import { ACCENT, MARK, MUTED, TONE_COLOUR } from './theme';
import { type TimelinePng, timelinePng } from './timeline-png';

// Word rendering of the report (page, styles and tables: export/docx-page.ts).

/** the content width in CSS pixels (96 per inch): 1 px = 15 twips */
const CONTENT_PX = Math.floor(CONTENT_WIDTH / 15);

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

function table(columns: Column[], rows: Cell[][]): Table {
  return gridTable(
    columns.map((c) => c.weight),
    columns.map((c) => ({ text: c.header })),
    rows,
    { top: 40, bottom: 40, left: 80, right: 80 },
    (c, _i, header) => cellParagraphs(c, header),
  );
}

function facts(rows: [string, string][]): Table {
  return factsTable(
    rows,
    0.32,
    { top: 20, bottom: 20, left: 0, right: 80 },
    (label) => cellParagraphs({ text: label, bold: true }),
    (value) => cellParagraphs({ text: value }),
  );
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockToDocx(block: Block, timeline: TimelinePng): Part[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({ text: block.text, heading: HEADINGS[block.level], keepNext: true, keepLines: true }),
      ];
    case 'paragraph':
      // one Word paragraph per paragraph of the text: a conclusion or finding typed in several
      // paragraphs keeps them, instead of running together in one block
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
      return [facts(block.rows), afterTable()];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ text: item, bullet: { level: 0 }, spacing: { after: 40 } }),
      );
    case 'table':
      return [table(block.columns, block.rows), afterTable()];
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
      spacing: { before: 800, after: 160 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: cover.notice, italics: true, size: 17, color: MUTED })],
    }),
    // the colophon: credit and licence, the matrix judged by, the tool
    ...cover.colophon.map(
      (line) =>
        new Paragraph({
          spacing: { after: 40 },
          children: [new TextRun({ text: line, size: 17, color: MUTED })],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
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
    else for (const b of bodyBlocks(section)) children.push(...blockToDocx(b, timeline));
  }
  const file = new Document({
    ...docxProperties(model.metadata),
    styles: documentStyles(19, 30, model.metadata.language, {
      heading3: {
        run: { font: FONT, size: 19, bold: true, color: '333333' },
        paragraph: { spacing: { before: 160, after: 60 } },
      },
    }),
    sections: [
      {
        properties: {
          page: a4Page(560),
        },
        headers: { default: marksHeader(model.headerText, 18) },
        footers: {
          default: pageNumberFooter({
            text: model.footerText,
            pageLabel: model.pageLabel,
            ofLabel: model.ofLabel,
            size: 14,
          }),
        },
        children,
      },
    ],
  });
  addCoreLanguage(file, model.metadata.language); // dc:language in docProps/core.xml
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
