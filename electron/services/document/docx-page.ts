import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  type IStylesOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { fitLine } from '../report/text-metrics';
import { ACCENT, HEADER_FILL, MARK, MUTED, RULE } from './palette';

/**
 * The Word page of every export (render-docx.ts): A4 with 2 cm margins, Arial, blue headings,
 * full-width tables and a footer with page numbers. Sizes in twips (1/20 pt) and half-points, as
 * Word counts.
 */
export const PAGE_WIDTH = 11_906; // A4
export const PAGE_HEIGHT = 16_838;
export const MARGIN = 1_134; // 2 cm
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** the content width of an A4 landscape page (the printed protocol's work card) */
export const LANDSCAPE_CONTENT_WIDTH = PAGE_HEIGHT - 2 * MARGIN;
export const FONT = 'Arial';

/** A4 with 2 cm margins; `headerFooter`, when given, is the header's and footer's distance from the edge. */
export function a4Page(headerFooter?: number, landscape = false) {
  return {
    // docx swaps width and height itself for a landscape page
    size: {
      width: PAGE_WIDTH,
      height: PAGE_HEIGHT,
      ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
    },
    margin: {
      top: MARGIN,
      bottom: MARGIN,
      left: MARGIN,
      right: MARGIN,
      ...(headerFooter === undefined ? {} : { header: headerFooter, footer: headerFooter }),
    },
  };
}

type DefaultStyles = NonNullable<IStylesOptions['default']>;

/**
 * Body text and headings 1 and 2 in the given sizes (half-points); `more` adds further styles.
 * The language goes into the document defaults (so LibreOffice and Word spell-check and read it
 * aloud as Dutch or English, not en-US), and every heading style carries its outline level, which
 * Word's navigation pane and a table of contents are built from.
 */
export function documentStyles(
  body: number,
  heading1: number,
  language: string,
  more: DefaultStyles = {},
): IStylesOptions {
  const { heading3, ...rest } = more;
  return {
    default: {
      document: { run: { font: FONT, size: body, language: { value: language } } },
      heading1: {
        run: { font: FONT, size: heading1, bold: true, color: ACCENT, language: { value: language } },
        paragraph: { spacing: { before: 360, after: 120 }, outlineLevel: 0 },
      },
      heading2: {
        run: { font: FONT, size: 23, bold: true, color: ACCENT, language: { value: language } },
        paragraph: { spacing: { before: 240, after: 100 }, outlineLevel: 1 },
      },
      heading3: {
        ...heading3,
        run: { font: FONT, bold: true, ...heading3?.run, language: { value: language } },
        paragraph: { ...heading3?.paragraph, outlineLevel: 2 },
      },
      ...rest,
    },
  };
}

/** A centred header with the page marks (OEFENING, classification); Word wants a paragraph even when empty. */
export function marksHeader(marks: string, size: number): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: marks ? [new TextRun({ text: marks, bold: true, color: MARK, size })] : [],
      }),
    ],
  });
}

/** Properties of the .docx package (docProps/core.xml). */
export function docxProperties(meta: {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
}) {
  return {
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    keywords: meta.keywords.join(', '),
    description: meta.subject,
  };
}

export interface PageFooter {
  text: string;
  pageLabel: string;
  ofLabel: string;
  /** in half-points */
  size: number;
}

/** Footer text that fits on one line beside "page N of M" (Roboto's widths, with room for Arial's). */
export function footerLine(text: string, halfPoints: number): string {
  const size = halfPoints / 2;
  return fitLine(text, size, (CONTENT_WIDTH / 20 - size * 11) * 0.9);
}

/** A rule, the footer text on the left (one line) and "page N of M" on the right. */
/** `width`: the content width of the section's pages, where "page N of M" is right-aligned. */
export function pageNumberFooter(f: PageFooter, width = CONTENT_WIDTH): Footer {
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        tabStops: [{ type: 'right', position: width }],
        children: [
          new TextRun({ text: footerLine(f.text, f.size), size: f.size, color: MUTED }),
          new TextRun({
            size: f.size,
            color: MUTED,
            children: ['\t', `${f.pageLabel} `, PageNumber.CURRENT, ` ${f.ofLabel} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

type CellMargins = { top: number; bottom: number; left: number; right: number };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function fullWidthTable(
  columnWidths: number[],
  margins: CellMargins,
  ruled: boolean,
  rows: TableRow[],
  width = CONTENT_WIDTH,
): Table {
  const b = ruled ? LINE : NONE;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins,
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
    rows,
  });
}

/**
 * A ruled table over the content width, columns in proportion to their weights, with a shaded
 * header row that repeats on every page; rows never split. `paragraphs` renders one cell.
 */
export function gridTable<C>(
  weights: readonly number[],
  header: C[],
  rows: C[][],
  margins: CellMargins,
  paragraphs: (cell: C, column: number, header: boolean) => Paragraph[],
  width = CONTENT_WIDTH,
): Table {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const w = weights.map((weight) => Math.floor((weight / total) * width));
  const makeCell = (c: C, i: number, isHeader: boolean) =>
    new TableCell({
      width: { size: w[i] ?? 0, type: WidthType.DXA },
      shading: isHeader ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
      children: paragraphs(c, i, isHeader),
    });
  return fullWidthTable(
    w,
    margins,
    true,
    [
      // Repeated at the top of every page the table runs onto.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((c, i) => makeCell(c, i, true)),
      }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((c, i) => makeCell(c, i, false)) }),
      ),
    ],
    width,
  );
}

/** Label–value rows without rules; the label column takes `labelShare` of the width. */
export function factsTable(
  rows: [string, string][],
  labelShare: number,
  margins: CellMargins,
  label: (text: string) => Paragraph[],
  value: (text: string) => Paragraph[],
): Table {
  const w = [Math.floor(CONTENT_WIDTH * labelShare), Math.ceil(CONTENT_WIDTH * (1 - labelShare))];
  return fullWidthTable(
    w,
    margins,
    false,
    rows.map(
      ([l, v]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: w[0]!, type: WidthType.DXA }, children: label(l) }),
            new TableCell({ width: { size: w[1]!, type: WidthType.DXA }, children: value(v) }),
          ],
        }),
    ),
  );
}

/** A small gap after a table so the next heading or table does not touch it. */
export const afterTable = (): Paragraph => new Paragraph({ spacing: { after: 60 }, children: [] });
