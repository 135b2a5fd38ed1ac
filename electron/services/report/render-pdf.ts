import type { Content, Margins, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, Cell } from '../../../shared/report/blocks';
import type { CoverData, ReportModel } from '../../../shared/report/model';
import { renderTimelineSvg } from '../../../shared/report/timeline-svg';
import { renderPdfBuffer } from '../export/pdf-engine';
import { gridLayout, pdfBase, pdfStyles, percentWidths, plainLayout } from '../export/pdf-page';
import { bodyBlocks } from './body-blocks';
import { drawLogPages, layoutLogPages, type PlacedLine } from './pdf-appendix';
import { pdfText } from './pdf-text';
import { fitLine } from './text-metrics';
import { ACCENT, hex, MARK, MUTED, PDF_CONTENT_WIDTH, TONE_COLOUR } from './theme';

function tableCell(c: Cell): TableCell {
  return {
    text: pdfText(c.text),
    bold: c.bold === true,
    ...(c.tone ? { color: hex(TONE_COLOUR[c.tone]) } : {}),
  };
}

/**
 * Bookmarks: every level-1 and level-2 heading becomes an outline item, level 2 under the level 1
 * before it, so a reader can jump to any section from the viewer's sidebar.
 */
class Outline {
  private n = 0;
  private parent: string | null = null;

  heading(level: 1 | 2 | 3, text: string): Content {
    if (level === 3) return { text, style: 'h3' };
    const id = `o${++this.n}`;
    const parentId = level === 2 ? this.parent : null;
    if (level === 1) this.parent = id;
    return {
      text,
      style: `h${level}`,
      outline: true,
      outlineId: id,
      ...(parentId ? { outlineParentId: parentId } : {}),
    } as Content;
  }
}

function blockToPdf(block: Block, model: ReportModel, outline: Outline): Content {
  switch (block.kind) {
    case 'heading':
      return outline.heading(block.level, block.text);
    case 'paragraph':
      return {
        text: pdfText(block.text),
        style: 'body',
        italics: block.italic === true,
        ...(block.tone ? { color: hex(TONE_COLOUR[block.tone]) } : {}),
      };
    case 'facts':
      return {
        table: {
          dontBreakRows: true,
          widths: ['32%', '68%'],
          body: block.rows.map(([label, value]) => [{ text: label, bold: true }, { text: pdfText(value) }]),
        },
        layout: plainLayout(1.5),
        style: 'table',
      };
    case 'bullets':
      return { ul: block.items.map((item) => ({ text: pdfText(item) })), style: 'body' };
    case 'table': {
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: percentWidths(block.columns.map((c) => c.weight)),
          body: [
            block.columns.map((c) => ({ text: c.header, bold: true })),
            ...block.rows.map((row) => row.map(tableCell)),
          ],
        },
        layout: gridLayout(2.5),
        style: 'table',
      };
    }
    case 'timeline':
      return {
        stack: [
          {
            svg: renderTimelineSvg(model.timeline, { width: PDF_CONTENT_WIDTH, language: model.language }),
            width: PDF_CONTENT_WIDTH,
          },
          { text: block.caption, style: 'caption' },
        ],
        unbreakable: true,
      };
    case 'chart':
      return {
        stack: [
          { svg: block.svg, width: PDF_CONTENT_WIDTH },
          { text: block.caption, style: 'caption' },
        ],
        unbreakable: true,
      };
    case 'log':
      // never reaches pdfmake: drawn afterwards, see pdf-appendix.ts and definition()
      return { text: '' };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

/** Small enough to move to the next page whole rather than split from its heading. */
function isSmall(b: Block): boolean {
  if (b.kind === 'table') return b.rows.length <= 12;
  // the timeline picture is one unbreakable piece: "2. Tijdlijn" must go to the next page with it
  if (b.kind === 'timeline' || b.kind === 'chart') return true;
  return b.kind === 'paragraph' || b.kind === 'facts' || (b.kind === 'bullets' && b.items.length <= 12);
}

/** A short block between two headings (an intro, a visibility line) that belongs with them. */
function isLead(b: Block | undefined): boolean {
  return b?.kind === 'paragraph' || (b?.kind === 'facts' && b.rows.length <= 2);
}

/**
 * A heading never ends a page: headings are kept, unbreakable, with the small block after them.
 * pdfmake's pageBreakBefore callback would do it too, but it re-examines every following node
 * on the page for every heading, which is far too slow next to a 10,000-entry appendix.
 */
function keepHeadingsWithNext(blocks: Block[], model: ReportModel, outline: Outline): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const group: Block[] = [];
    while (
      blocks[i]?.kind === 'heading' ||
      (group.length > 0 && isLead(blocks[i]) && blocks[i + 1]?.kind === 'heading')
    ) {
      group.push(blocks[i]!);
      i++;
    }
    const next = blocks[i];
    if (group.length === 0) {
      if (next) out.push(blockToPdf(next, model, outline));
      continue;
    }
    if (next && isSmall(next)) {
      out.push({ stack: [...group, next].map((b) => blockToPdf(b, model, outline)), unbreakable: true });
    } else {
      out.push({ stack: group.map((b) => blockToPdf(b, model, outline)), unbreakable: true });
      if (next) out.push(blockToPdf(next, model, outline));
    }
  }
  return out;
}

function coverPage(cover: CoverData, model: ReportModel, outline: Outline): Content[] {
  return [
    { text: cover.organisation, fontSize: 15, color: '#404040', margin: [0, 110, 0, 10] },
    {
      ...(outline.heading(1, cover.title) as object),
      style: undefined,
      fontSize: 26,
      bold: true,
      color: hex(ACCENT),
      margin: [0, 0, 0, 4],
    } as Content,
    { text: cover.incidentTitle, fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
    { text: cover.subtitle, fontSize: 11, italics: true, color: '#404040', margin: [0, 0, 0, 18] },
    ...(cover.isExercise
      ? [
          {
            text: cover.exerciseText,
            fontSize: 13,
            bold: true,
            color: hex(MARK),
            margin: [0, 0, 0, 18] as Margins,
          },
        ]
      : []),
    blockToPdf({ kind: 'facts', rows: cover.facts }, model, outline),
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: PDF_CONTENT_WIDTH, y2: 0, lineWidth: 0.75, lineColor: hex(ACCENT) },
      ],
      margin: [0, 40, 0, 6],
    },
    { text: cover.notice, italics: true, fontSize: 8.5, color: hex(MUTED), margin: [0, 0, 0, 10] },
    // the colophon: credit and licence, the matrix judged by, the tool
    ...cover.colophon.map((line, i) => ({
      text: pdfText(line),
      fontSize: 8.5,
      color: hex(MUTED),
      ...(i === cover.colophon.length - 1 ? { pageBreak: 'after' as const } : {}),
    })),
  ];
}

/** The node, and the last node of its stack, with no margin (see definition()). */
function withoutTrailingMargin(node: Content | undefined): Content {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node ?? { text: '' };
  const inner = 'stack' in node && Array.isArray(node.stack) ? node.stack : null;
  return {
    ...node,
    margin: [0, 0, 0, 0],
    ...(inner ? { stack: [...inner.slice(0, -1), withoutTrailingMargin(inner.at(-1))] } : {}),
  } as Content;
}

/** The page frame's footer line, cut to one line (a long title used to wrap it to three). */
export const FOOTER_SIZE = 7.5;
const FOOTER_WIDTH = PDF_CONTENT_WIDTH - 75 - 12;

function definition(model: ReportModel, extraPages: number): TDocumentDefinitions {
  const outline = new Outline();
  const footerLine = fitLine(model.footerText, FOOTER_SIZE, FOOTER_WIDTH * 0.97);
  const content: Content[] = [];
  for (const section of model.sections) {
    if (section.id === 'cover') {
      // drawn from its data: a title page is laid out, not flowed (its blocks serve plain renderers)
      content.push(...coverPage(section.data, model, outline));
      continue;
    }
    // the log is drawn after pdfmake is done (pdf-appendix.ts); an empty stand-in for it here
    // could spill onto a page of its own when the statement fills the page exactly
    const blocks = bodyBlocks(section).filter((b) => b.kind !== 'log');
    content.push(...keepHeadingsWithNext(blocks, model, outline));
  }
  // no margin after the last piece: pdfmake starts an empty page for a trailing margin that no
  // longer fits, and the log appendix starts on a page of its own after it anyway
  content[content.length - 1] = withoutTrailingMargin(content.at(-1));
  const mark = model.headerText;
  return {
    ...pdfBase(model.metadata, model.appVersion),
    pageMargins: [50, 58, 50, 56],
    styles: pdfStyles({
      h1: { fontSize: 15, bold: true, color: hex(ACCENT), margin: [0, 12, 0, 6] },
      h3: { fontSize: 9.5, bold: true, color: '#333333', margin: [0, 6, 0, 3] },
      caption: { fontSize: 8, italics: true, color: hex(MUTED), margin: [0, 3, 0, 8] },
    }),
    header: () =>
      mark
        ? {
            text: mark,
            alignment: 'center',
            bold: true,
            color: hex(MARK),
            fontSize: 9,
            margin: [50, 24, 50, 0],
          }
        : { text: '' },
    footer: (currentPage: number, pageCount: number) => ({
      margin: [50, 18, 50, 0],
      fontSize: FOOTER_SIZE,
      color: hex(MUTED),
      columnGap: 12,
      columns: [
        { text: footerLine, width: '*', noWrap: true },
        {
          text: `${model.pageLabel} ${currentPage} ${model.ofLabel} ${pageCount + extraPages}`,
          width: 75,
          alignment: 'right',
          noWrap: true,
        },
      ],
    }),
    content,
  };
}

/** The report as PDF (pdfmake 0.3): the same blocks as the Word file, in the same order. */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  let logPages: PlacedLine[][] = [];
  for (const section of model.sections) {
    for (const b of section.blocks) if (b.kind === 'log') logPages = layoutLogPages(b.lines);
  }
  let pdfmakePages = 0;
  const doc = definition(model, logPages.length);
  const footer = doc.footer as (current: number, count: number) => Content;
  doc.footer = (current: number, count: number) => {
    pdfmakePages = count;
    return footer(current, count);
  };
  return renderPdfBuffer(doc, (pdf) =>
    drawLogPages(pdf, logPages, {
      mark: model.headerText,
      footerText: model.footerText,
      pageLabel: model.pageLabel,
      ofLabel: model.ofLabel,
      firstPage: pdfmakePages + 1,
      totalPages: pdfmakePages + logPages.length,
    }),
  );
}
