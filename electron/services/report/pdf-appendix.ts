import type { LogLine } from '../../../shared/report/blocks';
import { type PdfKitDoc, ROBOTO_PATHS, SYMBOLS_PATH } from '../export/pdf-engine';
import { type FontStyle, fitLine, textWidth, wrapText } from './text-metrics';
import { ACCENT, MARK, MUTED, TONE_COLOUR } from './theme';

/**
 * The log appendix drawn straight onto the PDF with pdfkit, after pdfmake has laid out and drawn
 * the rest. pdfmake builds, styles and measures an object for every word and line; for 10,000
 * entries that alone took 2–3 s of the 3-second budget. Here the lines are broken once with the
 * font's own widths (text-metrics.ts), placed on pages, and drawn with one text call per run.
 * The page frame (classification, footer, page numbers) is drawn to match pdfmake's.
 */
export const PAGE = { width: 595.28, height: 841.89, left: 50, right: 50, top: 58, bottom: 56 } as const;
const WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOTTOM = PAGE.height - PAGE.bottom;
const SIZE = 8;
const SMALL = 7.5;
const LEADING = 1.25;
const ENTRY_GAP = 3.5;
/** room for kerning differences and the symbol font's wider arrows */
const WRAP = WIDTH * 0.97;

const SYMBOL = /[\u2190-\u21FF\u2713\u2717]/;
const SYMBOL_RUNS = /([\u2190-\u21FF\u2713\u2717]+)/;

interface Run {
  text: string;
  style: FontStyle;
  size: number;
  colour: string;
}

interface Line {
  runs: Run[];
  height: number;
}

export interface PlacedLine extends Line {
  y: number;
}

function wrapped(text: string, size: number, style: FontStyle, colour: string, firstIndent = 0): Line[] {
  return wrapText(text, size, WRAP, style, firstIndent).map((t) => ({
    runs: [{ text: t, style, size, colour }],
    height: size * LEADING,
  }));
}

/** The lines of one entry, as in the Word file: head, summary, details, corrections. */
function entryLines(l: LogLine): Line[] {
  const seq = `#${l.seq}  `;
  const head = `${l.time}${l.recorded ? ` (${l.recorded})` : ''} · ${l.kind} · ${l.author}${l.meta ? ` · ${l.meta}` : ''}`;
  const headLines = wrapped(head, SMALL, 'normal', MUTED, textWidth(seq, SMALL, 'bold'));
  headLines[0]!.runs.unshift({ text: seq, style: 'bold', size: SMALL, colour: ACCENT });
  return [
    ...headLines,
    ...wrapped(l.summary, SIZE, l.isCorrection ? 'italics' : 'normal', '1F2933'),
    ...l.details.flatMap((d) => wrapped(d, SMALL, 'normal', MUTED)),
    ...l.corrections.flatMap((c) => wrapped(`» ${c}`, SIZE, 'italics', TONE_COLOUR.warn)),
  ];
}

/** Places the entries on pages; an entry is never split unless it is longer than a page. */
export function layoutLogPages(entries: readonly LogLine[]): PlacedLine[][] {
  const pages: PlacedLine[][] = [];
  let page: PlacedLine[] = [];
  let y: number = PAGE.top;
  const newPage = () => {
    pages.push(page);
    page = [];
    y = PAGE.top;
  };
  for (const entry of entries) {
    const lines = entryLines(entry);
    const height = lines.reduce((sum, l) => sum + l.height, 0);
    if (y + height > BOTTOM && page.length > 0 && height <= BOTTOM - PAGE.top) newPage();
    for (const line of lines) {
      if (y + line.height > BOTTOM && page.length > 0) newPage();
      page.push({ ...line, y });
      y += line.height;
    }
    y += ENTRY_GAP;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export interface PageFrame {
  /** the page marks (OEFENING, classification), as in the pdfmake pages' header */
  mark: string;
  footerText: string;
  pageLabel: string;
  ofLabel: string;
  /** page number of the first appendix page */
  firstPage: number;
  totalPages: number;
}

function draw(
  doc: PdfKitDoc,
  text: string,
  x: number,
  y: number,
  style: FontStyle,
  size: number,
  colour: string,
): number {
  // characters Roboto lacks (arrows) go in the symbol font, measured by pdfkit itself
  if (!SYMBOL.test(text) || !SYMBOLS_PATH) {
    // the words are shaped without fontkit where that gives the same run (export/fast-shaping.ts)
    doc.font(ROBOTO_PATHS[style]).fontSize(size).fillColor(`#${colour}`);
    doc.text(text, x, y, { lineBreak: false });
    return textWidth(text, size, style);
  }
  let cx = x;
  for (const part of text.split(SYMBOL_RUNS)) {
    if (part === '') continue;
    doc
      .font(SYMBOL.test(part) ? SYMBOLS_PATH : ROBOTO_PATHS[style])
      .fontSize(size)
      .fillColor(`#${colour}`);
    doc.text(part, cx, y, { lineBreak: false });
    cx += doc.widthOfString(part);
  }
  return cx - x;
}

/** Draws the laid-out pages onto the document pdfmake made, with the same header and footer. */
export function drawLogPages(doc: PdfKitDoc, pages: PlacedLine[][], frame: PageFrame): void {
  const footerWidth = WIDTH - 75 - 12;
  const footerLine = fitLine(frame.footerText, 7.5, footerWidth * 0.97, 'normal');
  pages.forEach((lines, i) => {
    doc.addPage({ size: 'A4', margin: 0 });
    if (frame.mark) {
      const w = textWidth(frame.mark, 9, 'bold');
      draw(doc, frame.mark, PAGE.left + (WIDTH - w) / 2, 24, 'bold', 9, MARK);
    }
    for (const line of lines) {
      let x: number = PAGE.left;
      for (const run of line.runs) x += draw(doc, run.text, x, line.y, run.style, run.size, run.colour);
    }
    const footerY = PAGE.height - PAGE.bottom + 18;
    draw(doc, footerLine, PAGE.left, footerY, 'normal', 7.5, MUTED);
    const number = `${frame.pageLabel} ${frame.firstPage + i} ${frame.ofLabel} ${frame.totalPages}`;
    draw(doc, number, PAGE.width - PAGE.right - textWidth(number, 7.5), footerY, 'normal', 7.5, MUTED);
  });
}
