import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ROBOTO_PATHS } from '../export/pdf-engine';
import { type RobotoShaping, robotoShaping } from '../export/roboto-shaping';

/**
 * Advance widths of the Roboto files pdfmake uses, read with fontkit (pdfkit's own font library,
 * installed with pdfmake). Used to break the log appendix into lines ourselves: pdfmake measures
 * and styles every *word* as a separate object, which for 10,000 entries costs seconds; a line
 * that is known to fit is handed over as one unbreakable piece. The widths of the characters in
 * the shaping table (export/roboto-shaping.ts) come from there, so most documents never open the
 * font files here at all; fontkit is asked only for a character outside it.
 */
interface FontkitFont {
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
// not named `require`: electron-vite adds its own module-level `const require` shim to the bundle
const requireCjs = createRequire(import.meta.url);
const fontkit = requireCjs('fontkit') as { openSync(path: string): FontkitFont };

export type FontStyle = keyof typeof ROBOTO_PATHS;

/** the table's PostScript name of each style (Roboto-Medium serves as pdfmake's bold) */
const POSTSCRIPT: Readonly<Record<FontStyle, string>> = {
  normal: 'Roboto-Regular',
  bold: 'Roboto-Medium',
  italics: 'Roboto-Italic',
  bolditalics: 'Roboto-MediumItalic',
};

/** The shaping table of the style, when it was made from a file of this size (else another pdfmake). */
function tableOf(style: FontStyle): RobotoShaping | null {
  const table = robotoShaping(POSTSCRIPT[style]);
  try {
    return table && statSync(ROBOTO_PATHS[style]).size === table.bytes ? table : null;
  } catch {
    return null;
  }
}

class Metrics {
  private font: FontkitFont | null = null;
  /** width per UTF-16 code unit in em; NaN until looked up */
  private readonly widths = new Float64Array(65_536).fill(Number.NaN);

  constructor(private readonly style: FontStyle) {
    const table = tableOf(style);
    if (table) {
      for (let code = 0; code < 65_536; code++) {
        const advance = table.advance[code]!;
        if (!Number.isNaN(advance)) this.widths[code] = advance / table.unitsPerEm;
      }
    }
  }

  private glyphWidth(code: number): number {
    this.font ??= fontkit.openSync(ROBOTO_PATHS[this.style]);
    return this.font.glyphForCodePoint(code).advanceWidth / this.font.unitsPerEm;
  }

  /** Width of the text in points at the given size. Kerning is ignored, which only overestimates. */
  width(text: string, size: number): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let w = this.widths[code]!;
      if (Number.isNaN(w)) {
        w = this.glyphWidth(code);
        this.widths[code] = w;
      }
      total += w;
    }
    return total * size;
  }
}

const cache = new Map<FontStyle, Metrics>();

function metrics(style: FontStyle): Metrics {
  let m = cache.get(style);
  if (!m) {
    m = new Metrics(style);
    cache.set(style, m);
  }
  return m;
}

export function textWidth(text: string, size: number, style: FontStyle = 'normal'): number {
  return metrics(style).width(text, size);
}

/**
 * Greedy line breaking at spaces (and at newlines in the text). A word longer than a line — a
 * hash, a URL — is cut at the width. `firstIndent` leaves room on the first line for a prefix.
 */
export function wrapText(
  text: string,
  size: number,
  maxWidth: number,
  style: FontStyle = 'normal',
  firstIndent = 0,
): string[] {
  const m = metrics(style);
  const space = m.width(' ', size);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    let limit = maxWidth - (lines.length === 0 ? firstIndent : 0);
    for (const word of paragraph.split(' ')) {
      let w = m.width(word, size);
      if (line !== '' && lineWidth + space + w <= limit) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line !== '') {
        lines.push(line);
        limit = maxWidth;
      }
      let rest = word;
      while (w > limit && rest.length > 1) {
        let cut = Math.max(1, Math.floor((rest.length * limit) / w));
        while (cut > 1 && m.width(rest.slice(0, cut), size) > limit) cut--;
        lines.push(rest.slice(0, cut));
        limit = maxWidth;
        rest = rest.slice(cut);
        w = m.width(rest, size);
      }
      line = rest;
      lineWidth = w;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The text on one line of `maxWidth`: as it is when it fits, else cut with an ellipsis. Footers use
 * it, so a long incident title never pushes the page frame to two or three lines.
 */
export function fitLine(text: string, size: number, maxWidth: number, style: FontStyle = 'normal'): string {
  const m = metrics(style);
  if (m.width(text, size) <= maxWidth) return text;
  const room = maxWidth - m.width('…', size);
  let cut = Math.max(0, Math.floor((text.length * room) / m.width(text, size)));
  while (cut > 0 && m.width(text.slice(0, cut), size) > room) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}
