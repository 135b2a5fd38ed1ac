/**
 * Floors for the 10,000-entry report (issue 11): what the libraries themselves need for the bulk
 * of the work, so the report's own overhead shows as a ratio rather than as bare milliseconds on a
 * machine whose speed varies. PDF: pdfkit writing the same 10,000 entries' lines, placed one per
 * line with the same font, no layout engine. DOCX: docx writing a plain 10,000-row table.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { ROBOTO_PATHS } from '../electron/services/export/pdf-engine';
import type { LogLine } from '../shared/report/blocks';

const PAGE_HEIGHT = 841.89;
const LINE = 10;

export async function pdfFloor(lines: readonly LogLine[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, autoFirstPage: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('Roboto', ROBOTO_PATHS.normal);
  doc.font('Roboto').fontSize(8);
  let y = 58;
  for (const l of lines) {
    for (const text of [`#${l.seq}  ${l.time} · ${l.kind} · ${l.author}`, l.summary]) {
      if (y + LINE > PAGE_HEIGHT - 56) {
        doc.addPage();
        y = 58;
      }
      doc.text(text, 50, y, { lineBreak: false });
      y += LINE;
    }
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function docxFloor(lines: readonly LogLine[]): Promise<Buffer> {
  const cell = (text: string) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const rows = lines.map(
    (l) =>
      new TableRow({
        children: [cell(String(l.seq)), cell(l.time), cell(l.kind), cell(l.author), cell(l.summary)],
      }),
  );
  const doc = new Document({ sections: [{ children: [new Table({ rows })] }] });
  return Packer.toBuffer(doc);
}
