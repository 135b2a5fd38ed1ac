import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Protocol } from '../../../../shared/protocol/schema';
import { hex, MARK, MUTED, ACCENT as PALETTE_ACCENT } from '../../export/palette';
import { dropRepeatedBookmarks, renderPdfBuffer } from '../../export/pdf-engine';
import { gridLayout, pdfBase, pdfStyles, percentWidths, plainLayout } from '../../export/pdf-page';
import { fitLine } from '../../report/text-metrics';
import { PDF_CONTENT_WIDTH } from '../../report/theme';
import type { Block, Cell, Column, PrintDocument } from './blocks';
import { buildProtocolDocument, type PrintOptions } from './build-document';

/** PDF rendering of the printed protocol with pdfmake 0.3 (see export/pdf-engine.ts). */
const ACCENT = hex(PALETTE_ACCENT);

function cellContent(c: Cell, align: Column['align'], bold = false): TableCell {
  return {
    stack: (c.lines.length > 0 ? c.lines : ['']).map((line, i) => ({
      text: line,
      bold: bold || (c.strongFirst === true && i === 0),
    })),
    alignment: align === 'center' ? 'center' : 'left',
  };
}

type TitleBlock = Extract<Block, { kind: 'heading' | 'paragraph' }>;

function titleContent(block: TitleBlock): { text: string; style: string; outline?: boolean } {
  if (block.kind === 'heading') {
    // chapter headings are bookmarks in the viewer's sidebar
    return {
      text: block.text,
      style: block.level === 1 ? 'h1' : 'h2',
      ...(block.level === 1 ? { outline: true } : {}),
    };
  }
  return { text: block.text, style: block.muted ? 'intro' : 'body' };
}

function titleMargin(t: TitleBlock): [number, number, number, number] {
  if (t.kind === 'paragraph') return [-4, 0, 0, 3];
  return t.level === 1 ? [-4, 12, 0, 3] : [-4, 6, 0, 1];
}

/**
 * A table with the headings that introduce it as its first rows. pdfmake cannot otherwise keep a
 * heading with the table below it (its pageBreakBefore hook sees rows where they were tried, not
 * where they ended up), so the headings become header rows: kept with the first data row, and
 * repeated on every page the table runs onto, which tells the reader what the table is.
 */
function tableToPdf(block: Extract<Block, { kind: 'table' }>, titles: TitleBlock[]): Content {
  const span = block.columns.length;
  const titleRows: TableCell[][] = titles.map((t) => [
    {
      ...titleContent(t),
      colSpan: span,
      border: [false, false, false, false],
      // Cancels the cell padding so headings line up with the text above; keeps their spacing.
      margin: titleMargin(t),
    },
    ...Array.from({ length: span - 1 }, () => ({ text: '' })),
  ]);
  return {
    table: {
      headerRows: titles.length + 1,
      // Rows never break across pages; the header row repeats on every page.
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: percentWidths(block.columns.map((c) => c.weight)),
      body: [
        ...titleRows,
        block.columns.map((c) => cellContent({ lines: [c.header] }, c.align, true)),
        ...block.rows.map((row) => row.map((c, i) => cellContent(c, block.columns[i]?.align))),
      ],
    },
    layout: gridLayout(3, titles.length),
    style: 'table',
  };
}

function factsToPdf(rows: [string, string][]): Content {
  return {
    table: {
      dontBreakRows: true,
      widths: ['30%', '70%'],
      body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }]),
    },
    layout: plainLayout(2),
    style: 'table',
  };
}

/** Walks the blocks, holding headings back until the block they introduce. */
function blocksToPdf(blocks: Block[]): Content[] {
  const out: Content[] = [];
  let pending: TitleBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || (block.kind === 'paragraph' && pending.length > 0)) {
      pending.push(block);
      continue;
    }
    if (block.kind === 'table') {
      out.push(tableToPdf(block, pending));
    } else {
      // Facts or a lone paragraph: short, so kept on one page together with their headings.
      const body = block.kind === 'facts' ? factsToPdf(block.rows) : titleContent(block);
      out.push({ stack: [...pending.map(titleContent), body], unbreakable: true });
    }
    pending = [];
  }
  if (pending.length > 0) out.push({ stack: pending.map(titleContent), unbreakable: true });
  return out;
}

function coverPage(doc: PrintDocument): Content {
  const { cover } = doc;
  return {
    stack: [
      { text: cover.organisation, fontSize: 16, color: '#404040', margin: [0, 140, 0, 12] },
      { text: cover.title, fontSize: 28, bold: true, color: ACCENT, margin: [0, 0, 0, 6] },
      { text: cover.subtitle, fontSize: 13, color: '#404040', margin: [0, 0, 0, 40] },
      factsToPdf(cover.facts),
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 495, y2: 0, lineWidth: 0.75, lineColor: ACCENT }],
        margin: [0, 60, 0, 6],
      },
      { text: cover.notice, italics: true, fontSize: 9, margin: [0, 0, 0, 10] },
      ...doc.colophon.map((line) => ({ text: line, fontSize: 8.5, color: hex(MUTED) })),
    ],
  };
}

function definition(doc: PrintDocument, opts: PrintOptions): TDocumentDefinitions {
  const footerLine = fitLine(doc.footer, 7.5, (PDF_CONTENT_WIDTH - 75 - 12) * 0.97);
  return {
    ...pdfBase(doc.metadata, opts.appVersion),
    pageMargins: [50, 50, 50, 56],
    styles: pdfStyles({
      h1: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
      intro: { italics: true, color: hex(MUTED), margin: [0, 0, 0, 6] },
    }),
    content: [
      coverPage(doc),
      // the work card on landscape pages, so the matrix's five audiences sit side by side
      { text: '', pageBreak: 'before', pageOrientation: 'landscape' },
      ...blocksToPdf(doc.workCard),
      { text: '', pageBreak: 'before', pageOrientation: 'portrait' },
      ...blocksToPdf(doc.blocks),
    ],
    // the classification on every page, the cover included: a page taken out of the binder says it too
    header: () =>
      doc.mark
        ? {
            text: doc.mark,
            alignment: 'center',
            bold: true,
            color: hex(MARK),
            fontSize: 9,
            margin: [50, 22, 50, 0],
          }
        : { text: '' },
    footer: (currentPage, pageCount) => ({
      margin: [50, 16, 50, 0],
      fontSize: 7.5,
      color: hex(MUTED),
      columnGap: 12,
      columns: [
        { text: footerLine, width: '*', noWrap: true },
        {
          text: `${doc.pageLabel} ${currentPage} ${doc.ofLabel} ${pageCount}`,
          width: 75,
          alignment: 'right',
          noWrap: true,
        },
      ],
    }),
  };
}

export async function renderProtocolPdf(protocol: Protocol, opts: PrintOptions): Promise<Buffer> {
  const doc = buildProtocolDocument(protocol, opts);
  return renderPdfBuffer(definition(doc, opts), dropRepeatedBookmarks);
}
