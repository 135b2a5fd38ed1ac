import type { CustomTableLayout, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ACCENT, HEADER_FILL, hex, RULE } from './palette';

/** The PDF page and table looks of every export; the engine is engines/pdfmake-engine.ts. */

/** Columns in proportion to their weights, as percentages of the width. */
export function percentWidths(weights: readonly number[]): string[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => `${((w / total) * 100).toFixed(2)}%`);
}

/** Grid lines and header shading; `titles` rows on top are headings that carry no lines. */
export function gridLayout(paddingY: number, titles = 0): CustomTableLayout {
  return {
    hLineWidth: (i) => (i < titles ? 0 : 0.5),
    vLineWidth: () => 0.5,
    hLineColor: () => hex(RULE),
    vLineColor: () => hex(RULE),
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => paddingY,
    paddingBottom: () => paddingY,
    fillColor: (row) => (row === titles ? hex(HEADER_FILL) : null),
  };
}

/** Label–value rows: no lines, room after the label. */
export function plainLayout(paddingY: number): CustomTableLayout {
  return {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => 0,
    paddingRight: () => 8,
    paddingTop: () => paddingY,
    paddingBottom: () => paddingY,
  };
}

/** What a PDF says about itself: the Info dictionary and the catalogue's /Lang. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  /** BCP 47, e.g. nl-NL; screen readers and search pick the language from it */
  language: string;
}

/**
 * A4, the document's metadata and Roboto 9 pt. `displayTitle` makes viewers show the title
 * instead of the file name. Not `tagged`: pdfmake 0.3 writes no structure tree (no marked
 * content for headings, paragraphs or tables), so claiming a tagged PDF would be untrue.
 */
export function pdfBase(
  meta: PdfMetadata,
  appVersion: string,
): Pick<TDocumentDefinitions, 'pageSize' | 'info' | 'defaultStyle' | 'language' | 'displayTitle'> {
  return {
    pageSize: 'A4',
    info: {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      keywords: meta.keywords.join(', '),
      creator: `Ketenbord ${appVersion}`,
      producer: 'Ketenbord',
    },
    language: meta.language,
    displayTitle: true,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
  };
}

/**
 * The second heading level, body text and the gap after tables, with the renderer's other styles
 * added; fresh objects for every document.
 */
export function pdfStyles(own: StyleDictionary): StyleDictionary {
  return {
    h2: { fontSize: 11.5, bold: true, color: hex(ACCENT), margin: [0, 10, 0, 4] },
    body: { margin: [0, 0, 0, 6] },
    table: { margin: [0, 0, 0, 8] },
    ...own,
  };
}
