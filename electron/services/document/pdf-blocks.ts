import type { Content, ContentTable, ContentText, TableCell } from 'pdfmake/interfaces';
import type { Block, Cell, Column } from '../../../shared/document/blocks';
import { IMAGE_WIDTH } from '../../../shared/document/model';
import { pdfText } from '../report/pdf-text';
import { hex, TONE_COLOUR } from './palette';
import type { PdfOutline } from './pdf-outline';
import { gridLayout, percentWidths, plainLayout } from './pdf-page';

/** The blocks of the one document model as pdfmake content (the page frame: render-pdf.ts). */

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' }>;
/** What may lead into a block and be kept with it: headings, intros, a short facts list. */
type TitleBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'facts' }>;

function cellContent(c: Cell, align: Column['align'], header = false): TableCell {
  const colour = c.tone ? { color: hex(TONE_COLOUR[c.tone]) } : {};
  const alignment = align === 'center' ? 'center' : 'left';
  if (!c.strongFirst) return { text: pdfText(c.text), bold: header || c.bold === true, alignment, ...colour };
  const [first = '', ...rest] = c.text.split('\n');
  return {
    stack: [{ text: pdfText(first), bold: true }, ...rest.map((line) => ({ text: pdfText(line) }))],
    alignment,
    ...colour,
  };
}

function textContent(block: TextBlock, outline: PdfOutline): ContentText {
  if (block.kind === 'heading') return outline.heading(block.level, block.text);
  return {
    text: pdfText(block.text),
    style: 'body',
    italics: block.italic === true,
    ...(block.tone ? { color: hex(TONE_COLOUR[block.tone]) } : {}),
  };
}

/** Cancels the cell padding so titles in a table line up with the text above; keeps their spacing. */
function titleMargin(t: TitleBlock): [number, number, number, number] {
  if (t.kind !== 'heading') return [-4, 0, 0, 3];
  return t.level === 1 ? [-4, 12, 0, 3] : [-4, 6, 0, 1];
}

/**
 * A table with the headings that introduce it as its first rows. pdfmake cannot otherwise keep a
 * heading with the table below it (its pageBreakBefore hook sees rows where they were tried, not
 * where they ended up, and re-examines every later node: far too slow beside a long appendix), so
 * the headings become header rows: kept with the first data row, and repeated on every page the
 * table runs onto, which tells the reader what the table is. Rows never break across pages.
 */
function tableToPdf(
  block: Extract<Block, { kind: 'table' }>,
  titles: TitleBlock[],
  outline: PdfOutline,
): Content {
  const span = block.columns.length;
  const titleRows: TableCell[][] = titles.map((t) => [
    {
      ...(t.kind === 'facts' ? factsToPdf(t.rows) : textContent(t, outline)),
      colSpan: span,
      border: [false, false, false, false],
      margin: titleMargin(t),
    } as TableCell,
    ...Array.from({ length: span - 1 }, () => ({ text: '' })),
  ]);
  return {
    table: {
      headerRows: titles.length + 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: percentWidths(block.columns.map((c) => c.weight)),
      body: [
        ...titleRows,
        block.columns.map((c) => cellContent({ text: c.header }, c.align, true)),
        ...block.rows.map((row) => row.map((c, i) => cellContent(c, block.columns[i]?.align))),
      ],
    },
    layout: gridLayout(2.5, titles.length),
    style: 'table',
  };
}

export function factsToPdf(rows: [string, string][]): ContentTable {
  return {
    table: {
      dontBreakRows: true,
      widths: ['32%', '68%'],
      body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: pdfText(value) }]),
    },
    layout: plainLayout(1.5),
    style: 'table',
  };
}

function blockToPdf(block: Block, outline: PdfOutline): Content {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return textContent(block, outline);
    case 'facts':
      return factsToPdf(block.rows);
    case 'bullets':
      return { ul: block.items.map((item) => ({ text: pdfText(item) })), style: 'body' };
    case 'table':
      return tableToPdf(block, [], outline);
    case 'image':
      return {
        stack: [
          { svg: block.svg, width: IMAGE_WIDTH },
          { text: block.caption, style: 'caption' },
        ],
        unbreakable: true,
      };
    case 'log':
      // never reaches pdfmake: drawn afterwards onto pages of its own (render-pdf.ts)
      return { text: '' };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

/** Rows of a table short enough to keep on one page. */
const SHORT_TABLE = 12;

/** Small enough to move to the next page whole rather than split from its heading. */
function isSmall(b: Block): boolean {
  // the picture is one unbreakable piece: its heading must go to the next page with it
  if (b.kind === 'image') return true;
  return b.kind === 'paragraph' || b.kind === 'facts' || (b.kind === 'bullets' && b.items.length <= 12);
}

/**
 * A short block after a heading that belongs with it: an intro (italic) before whatever it
 * introduces, or any short paragraph or two-line facts between two headings.
 */
function isLead(b: Block | undefined, next: Block | undefined): boolean {
  if (b?.kind === 'paragraph') {
    return next?.kind === 'heading' || (b.italic === true && next !== undefined && next.kind !== 'paragraph');
  }
  return b?.kind === 'facts' && b.rows.length <= 2 && next?.kind === 'heading';
}

/**
 * Lays out a run of blocks so that a heading never ends a page: headings (with their intros)
 * become the repeated title rows of the table they introduce, or are kept, unbreakable, with the
 * small block after them.
 */
export function flowToPdf(blocks: readonly Block[], outline: PdfOutline): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const group: TitleBlock[] = [];
    for (
      let b = blocks[i];
      b?.kind === 'heading' || (group.length > 0 && isLead(b, blocks[i + 1]));
      b = blocks[++i]
    ) {
      group.push(b as TitleBlock);
    }
    const next = blocks[i];
    if (group.length === 0) {
      if (next) out.push(blockToPdf(next, outline));
    } else if (next?.kind === 'table') {
      const table = tableToPdf(next, group, outline);
      // a short table moves to the next page whole rather than leave a row or two behind
      out.push(next.rows.length <= SHORT_TABLE ? { stack: [table], unbreakable: true } : table);
    } else if (next && isSmall(next)) {
      out.push({ stack: [...group, next].map((b) => blockToPdf(b, outline)), unbreakable: true });
    } else {
      out.push({ stack: group.map((b) => blockToPdf(b, outline)), unbreakable: true });
      if (next) out.push(blockToPdf(next, outline));
    }
  }
  return out;
}

/** The node, and the last node of its stack, with no margin after it (see render-pdf.ts). */
export function withoutTrailingMargin(node: Content | undefined): Content {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node ?? { text: '' };
  const inner = 'stack' in node && Array.isArray(node.stack) ? node.stack : null;
  return {
    ...node,
    margin: [0, 0, 0, 0],
    ...(inner ? { stack: [...inner.slice(0, -1), withoutTrailingMargin(inner.at(-1))] } : {}),
  } as Content;
}
