/**
 * Plain glyph runs for pdfkit's word cache. pdfkit shapes every new space-separated word with
 * fontkit's full OpenType machinery (a shaping plan, substitutions, kerning) — a fraction of a
 * millisecond each, and a 10,000-entry log appendix has tens of thousands of words that occur
 * once: entry numbers, times, dates. For words made only of digits and the punctuation around
 * them, Roboto substitutes and kerns nothing (test/unit/report/pdf-plain-runs.test.ts checks every
 * pair against fontkit), so their run is the font's own glyphs and advance widths. This puts those
 * runs in pdfkit's cache before pdfkit would shape them; the PDF's glyphs and positions stay the same.
 */

/** Characters whose glyphs Roboto neither substitutes nor kerns in any pair of them ('/' kerns with '/'). */
export const PLAIN_WORD = /^[0-9:#().,+-]+ ?$/;

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
export interface GlyphRun {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}
/** The part of pdfkit's EmbeddedFont used here (internal to pdfkit, so typed here). */
export interface PdfKitEmbeddedFont {
  /** fontkit's font; absent for the standard PDF fonts */
  font?: { glyphForCodePoint(cp: number): Glyph };
  /** 1000 / unitsPerEm */
  scale: number;
  /** pdfkit's per-word cache; absent when the document turned it off */
  layoutCache?: Record<string, GlyphRun>;
}

/** The run fontkit would make for a plain word, in pdfkit's units (as its layoutRun scales them). */
export function plainRun(font: Required<PdfKitEmbeddedFont>, word: string): GlyphRun {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  let advanceWidth = 0;
  for (let i = 0; i < word.length; i++) {
    const glyph = font.font.glyphForCodePoint(word.charCodeAt(i));
    const width = glyph.advanceWidth * font.scale;
    glyphs.push(glyph);
    positions.push({ xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width });
    advanceWidth += width;
  }
  return { glyphs, positions, advanceWidth };
}

/**
 * Fills the cache for the plain words of `text`, split as pdfkit splits it (each word with the
 * space after it). A word already cached, or one that is not plain, is left to pdfkit.
 */
export function cachePlainWords(font: PdfKitEmbeddedFont | undefined, text: string): void {
  const cache = font?.layoutCache;
  if (!font?.font || !cache) return;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== ' ' && text[i] !== '\t') continue;
    const word = text.slice(start, i + 1);
    start = i + 1;
    if (word !== '' && cache[word] === undefined && PLAIN_WORD.test(word)) {
      cache[word] = plainRun(font as Required<PdfKitEmbeddedFont>, word);
    }
  }
}
