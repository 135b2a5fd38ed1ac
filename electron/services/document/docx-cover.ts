import { BorderStyle, Paragraph, TextRun } from 'docx';
import type { Cover } from '../../../shared/document/model';
import { type DocxPart, factsToDocx } from './docx-blocks';
import { ACCENT, MARK, MUTED } from './palette';

/** The title page of every document in Word; the same layout as pdf-cover.ts. */
export function coverToDocx(cover: Cover): DocxPart[] {
  const line = (
    text: string,
    size: number,
    after: number,
    more: { bold?: boolean; italics?: boolean; color?: string },
  ) => new Paragraph({ spacing: { after }, children: [new TextRun({ text, size, ...more })] });
  return [
    new Paragraph({
      spacing: { before: 2000, after: 200 },
      children: [new TextRun({ text: cover.organisation, size: 30, color: '404040' })],
    }),
    line(cover.title, 52, 80, { bold: true, color: ACCENT }),
    ...(cover.headline ? [line(cover.headline, 32, 80, { bold: true })] : []),
    line(cover.subtitle, 22, 360, { italics: true, color: '404040' }),
    ...(cover.band ? [line(cover.band, 26, 360, { bold: true, color: MARK })] : []),
    factsToDocx(cover.facts),
    new Paragraph({
      spacing: { before: 800, after: 160 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: cover.notice, italics: true, size: 17, color: MUTED })],
    }),
    // the colophon: credit and licence, the matrix in force, the tool
    ...cover.colophon.map((text) => line(text, 17, 40, { color: MUTED })),
  ];
}
