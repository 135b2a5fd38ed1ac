import type { Content } from 'pdfmake/interfaces';
import type { LogLine } from '../../../shared/report/blocks';
import { pdfInline } from './pdf-text';
import { type FontStyle, textWidth, wrapText } from './text-metrics';
import { ACCENT, MUTED, PDF_CONTENT_WIDTH, TONE_COLOUR } from './theme';

const hex = (c: string) => `#${c}`;
/** a little room for kerning and the symbol font's wider arrows */
const WIDTH = PDF_CONTENT_WIDTH * 0.97;
const SIZE = 8;
const SMALL = 7.5;

type Inline = {
  text: string | Content[];
  noWrap: true;
  fontSize: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
};

/** Lines that are known to fit, each one unbreakable inline, separated by newlines. */
function lines(
  text: string,
  size: number,
  style: FontStyle,
  extra: Omit<Inline, 'text' | 'noWrap' | 'fontSize'>,
  firstIndent = 0,
): Content[] {
  const out: Content[] = [];
  wrapText(text, size, WIDTH, style, firstIndent).forEach((line, i) => {
    if (i > 0) out.push('\n');
    out.push(...pdfInline(line, { noWrap: true, fontSize: size, ...extra }));
  });
  return out;
}

/**
 * The log appendix for pdfmake: one text node per entry, its lines broken by us (see
 * text-metrics.ts). A 10,000-row pdfmake table took ~6 s and word-by-word text ~7 s; this is what
 * keeps a 10,000-entry report within the 3-second target.
 */
export function pdfLogEntries(entries: readonly LogLine[]): Content[] {
  return entries.map((l) => {
    const seq = `#${l.seq}  `;
    const head = `${l.time} · ${l.kind} · ${l.author}${l.meta ? ` · ${l.meta}` : ''}`;
    const parts: Content[] = [
      { text: seq, noWrap: true, bold: true, color: hex(ACCENT), fontSize: SMALL },
      ...lines(head, SMALL, 'normal', { color: hex(MUTED) }, textWidth(seq, SMALL, 'bold')),
      '\n',
      ...lines(
        l.summary,
        SIZE,
        l.isCorrection ? 'italics' : 'normal',
        l.isCorrection ? { italics: true } : {},
      ),
    ];
    for (const d of l.details) parts.push('\n', ...lines(d, SMALL, 'normal', { color: hex(MUTED) }));
    for (const c of l.corrections) {
      parts.push('\n', ...lines(`» ${c}`, SIZE, 'italics', { italics: true, color: hex(TONE_COLOUR.warn) }));
    }
    return { text: parts, margin: [0, 0, 0, 3] };
  });
}
