import type { Content } from 'pdfmake/interfaces';
import type { Cover } from '../../../shared/document/model';
import { IMAGE_WIDTH } from '../../../shared/document/model';
import { pdfText } from '../report/pdf-text';
import { ACCENT, hex, MARK, MUTED } from './palette';
import { factsToPdf } from './pdf-blocks';
import type { PdfOutline } from './pdf-outline';

/** The title page of every document in PDF; the same layout as docx-cover.ts. */
export function coverToPdf(cover: Cover, outline: PdfOutline): Content[] {
  return [
    { text: cover.organisation, fontSize: 15, color: '#404040', margin: [0, 110, 0, 10] },
    // the title is the first bookmark, so the sidebar starts at the top of the document
    {
      ...outline.heading(1, cover.title),
      style: undefined,
      fontSize: 26,
      bold: true,
      color: hex(ACCENT),
      margin: [0, 0, 0, 4],
    },
    ...(cover.headline
      ? [{ text: cover.headline, fontSize: 16, bold: true, margin: [0, 0, 0, 4] } as Content]
      : []),
    { text: cover.subtitle, fontSize: 11, italics: true, color: '#404040', margin: [0, 0, 0, 18] },
    ...(cover.band
      ? [{ text: cover.band, fontSize: 13, bold: true, color: hex(MARK), margin: [0, 0, 0, 18] } as Content]
      : []),
    factsToPdf(cover.facts),
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: IMAGE_WIDTH, y2: 0, lineWidth: 0.75, lineColor: hex(ACCENT) },
      ],
      margin: [0, 40, 0, 6],
    },
    { text: cover.notice, italics: true, fontSize: 8.5, color: hex(MUTED), margin: [0, 0, 0, 10] },
    // the colophon: credit and licence, the matrix in force, the tool
    ...cover.colophon.map((line) => ({ text: pdfText(line), fontSize: 8.5, color: hex(MUTED) })),
  ];
}
