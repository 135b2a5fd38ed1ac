import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { LogLine } from '../../../shared/document/blocks';
import type { DocumentModel } from '../../../shared/document/model';
import { drawLogPages, layoutLogPages } from '../report/pdf-appendix';
import { fitLine } from '../report/text-metrics';
import { mergeRepeatedBookmarks, renderPdfBuffer } from './engines/pdfmake-engine';
import { ACCENT, hex, MARK, MUTED } from './palette';
import { flowToPdf, withoutTrailingMargin } from './pdf-blocks';
import { coverToPdf } from './pdf-cover';
import { PdfOutline } from './pdf-outline';
import { pdfBase, pdfStyles } from './pdf-page';

/** The page frame's footer line, cut to one line (a long title used to wrap it to three). */
const FOOTER_SIZE = 7.5;
/** A4 portrait content width minus the page number's column and the gap. */
const FOOTER_WIDTH = 495 - 75 - 12;

/** The content: the cover, then each part from a new page in its own orientation; the log left out. */
function contentOf(doc: DocumentModel, outline: PdfOutline): Content[] {
  const content: Content[] = coverToPdf(doc.cover, outline);
  for (const part of doc.parts) {
    const flowed = flowToPdf(
      part.blocks.filter((b) => b.kind !== 'log'),
      outline,
    );
    content.push({ text: '', pageBreak: 'before', pageOrientation: part.orientation }, ...flowed);
  }
  // no margin after the last piece: pdfmake starts an empty page for a trailing margin that no
  // longer fits, and the log appendix starts on a page of its own after it anyway
  content[content.length - 1] = withoutTrailingMargin(content.at(-1));
  return content;
}

function definition(doc: DocumentModel, extraPages: number): TDocumentDefinitions {
  const footerLine = fitLine(doc.footer, FOOTER_SIZE, FOOTER_WIDTH * 0.97);
  return {
    ...pdfBase(doc.metadata, doc.appVersion),
    // the log appendix (pdf-appendix.ts) draws its own frame with the same margins
    pageMargins: [50, 58, 50, 56],
    styles: pdfStyles({
      h1: { fontSize: 15, bold: true, color: hex(ACCENT), margin: [0, 12, 0, 6] },
      h3: { fontSize: 9.5, bold: true, color: '#333333', margin: [0, 6, 0, 3] },
      caption: { fontSize: 8, italics: true, color: hex(MUTED), margin: [0, 3, 0, 8] },
    }),
    // the marks on every page, the cover included: a page taken out of the binder says it too
    header: () =>
      doc.marks
        ? {
            text: doc.marks,
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
          text: `${doc.pageLabel} ${currentPage} ${doc.ofLabel} ${pageCount + extraPages}`,
          width: 75,
          alignment: 'right',
          noWrap: true,
        },
      ],
    }),
    content: contentOf(doc, new PdfOutline()),
  };
}

/**
 * Any document of the one model as PDF (pdfmake 0.3, see engines/pdfmake-engine.ts). The log
 * appendix is laid out first, so every page's "page x of y" counts its pages, and drawn onto the
 * finished document after pdfmake's own pages.
 */
export async function renderDocumentPdf(doc: DocumentModel): Promise<Buffer> {
  let log: readonly LogLine[] = [];
  for (const part of doc.parts) for (const b of part.blocks) if (b.kind === 'log') log = b.lines;
  const logPages = log.length > 0 ? layoutLogPages(log) : [];
  let pdfmakePages = 0;
  const def = definition(doc, logPages.length);
  const footer = def.footer as (current: number, count: number) => Content;
  def.footer = (current: number, count: number) => {
    pdfmakePages = count;
    return footer(current, count);
  };
  return renderPdfBuffer(def, (pdf) => {
    mergeRepeatedBookmarks(pdf);
    if (logPages.length === 0) return;
    drawLogPages(pdf, logPages, {
      mark: doc.marks,
      footerText: doc.footer,
      pageLabel: doc.pageLabel,
      ofLabel: doc.ofLabel,
      firstPage: pdfmakePages + 1,
      totalPages: pdfmakePages + logPages.length,
    });
  });
}
