import { type RobotoShaping, robotoShaping } from './roboto-shaping';

/**
 * Word shaping without fontkit's OpenType engine, for the Roboto text of our PDFs.
 *
 * pdfkit lays out every new space-separated word with fontkit's full shaper (a shaping plan,
 * substitution and positioning lookups): a fraction of a millisecond per word, plus the decoding
 * of the GSUB and GPOS tables the first time. In a small report that was most of the rendering
 * time; in a 10,000-entry one, tens of thousands of words that occur once. For Latin-1 text in
 * Roboto, fontkit does only two things: the ligatures fi, fl, ffi, ffl, and pair kerning. The
 * generated table (roboto-shaping-table.ts, from the fonts themselves, refusing any lookup it does
 * not understand) holds both, so the word is laid out here: its ligatures formed as fontkit forms
 * them, then each glyph advanced by its width plus the kerning with the next one. Words with a
 * character outside the table (arrows, tabs, soft hyphens) still go to fontkit. The runs are the ones fontkit would make — same glyphs,
 * same positions, computed with the same arithmetic — so the PDF is the same, byte for byte
 * (test/unit/export/fast-shaping.test.ts checks both). A font file other than the one the table
 * was made from (another pdfmake) is simply left to fontkit.
 */

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
interface FontkitFont {
  postscriptName: string;
  head: { checkSumAdjustment: number };
  stream?: { buffer?: { length: number } };
  glyphForCodePoint(cp: number): Glyph;
  getGlyph(id: number, codePoints: number[]): Glyph;
}
/** The part of pdfkit's EmbeddedFont used here (internal to pdfkit, so typed here). */
export interface PdfKitEmbeddedFont {
  /** fontkit's font; absent for the standard PDF fonts */
  font?: FontkitFont;
  /** 1000 / unitsPerEm */
  scale: number;
  /** pdfkit's per-word cache; absent when the document turned it off */
  layoutCache?: Record<string, GlyphRun>;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layoutCached(text: string): GlyphRun;
  /** set here once the font was looked at: true when its words are shaped here */
  fastShaping?: boolean;
}

let enabled = true;

/** For tests: shape with fontkit only, to compare. Affects fonts opened after the call. */
export function setFastShaping(on: boolean): void {
  enabled = on;
}

/** The table when it was made from exactly this font file, else null. */
function tableFor(font: FontkitFont): RobotoShaping | null {
  const table = robotoShaping(font.postscriptName);
  if (!table) return null;
  const same =
    table.bytes === font.stream?.buffer?.length && table.checkSumAdjustment === font.head.checkSumAdjustment;
  return same ? table : null;
}

/**
 * The word as fontkit's ligature lookups leave it: one string per glyph, a character or a
 * ligature's text. Each lookup in turn, left to right, the first ligature that matches at a
 * position taking it (the OpenType rule fontkit follows).
 */
function ligate(table: RobotoShaping, word: string): string[] {
  let items = Array.from(word);
  for (const lookup of table.ligatureLookups) {
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const match = lookup.find(([text]) => text.split('').every((c, k) => items[i + k] === c));
      out.push(match ? match[0] : items[i]!);
      if (match) i += match[0].length - 1;
    }
    items = out;
  }
  return items;
}

/** fontkit's run for a word of table characters, in pdfkit's units; null to leave it to fontkit. */
export function shapeWord(
  table: RobotoShaping,
  font: FontkitFont,
  scale: number,
  glyphs: Map<number | string, Glyph>,
  word: string,
): GlyphRun | null {
  let ligatures = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (Number.isNaN(table.advance[code]!)) return null;
    if (table.ligatureStarts.has(code)) ligatures = true;
  }
  // most words have no 'f': their glyphs are their characters
  const items = ligatures ? ligate(table, word) : null;
  const count = items ? items.length : word.length;
  const glyphOf = (i: number): Glyph => {
    const item = items ? items[i]! : word[i]!;
    const key = item.length === 1 ? item.charCodeAt(0) : item;
    let glyph = glyphs.get(key);
    if (!glyph) {
      const codePoints = Array.from(item, (c) => c.charCodeAt(0));
      glyph =
        typeof key === 'number'
          ? font.glyphForCodePoint(key)
          : font.getGlyph(table.ligatureLookups.flat().find(([text]) => text === item)![1], codePoints);
      glyphs.set(key, glyph);
    }
    return glyph;
  };
  const kernAfter = (i: number): number | undefined => {
    if (i + 1 >= count) return 0;
    const left = items ? items[i]! : word[i]!;
    const right = items ? items[i + 1]! : word[i + 1]!;
    if (left.length === 1 && right.length === 1) {
      return table.kern.get(left.charCodeAt(0) * 65_536 + right.charCodeAt(0)) ?? 0;
    }
    return table.ligatureKern.get(`${left}|${right}`);
  };
  const run: GlyphRun = { glyphs: [], positions: [], advanceWidth: 0 };
  for (let i = 0; i < count; i++) {
    const glyph = glyphOf(i);
    const kern = kernAfter(i);
    if (kern === undefined) return null; // a neighbour of a ligature the table did not measure
    // as fontkit (advance plus kerning, in font units) and then pdfkit's layoutRun (times scale)
    const xAdvance = (glyph.advanceWidth + kern) * scale;
    run.glyphs.push(glyph);
    run.positions.push({
      xAdvance,
      yAdvance: 0,
      xOffset: 0,
      yOffset: 0,
      advanceWidth: glyph.advanceWidth * scale,
    });
    run.advanceWidth += xAdvance;
  }
  return run;
}

/** Gives one pdfkit font the fast path, when there is a table for its file. */
export function attachFastShaping(pdfFont: PdfKitEmbeddedFont | undefined): void {
  if (!pdfFont || pdfFont.fastShaping !== undefined) return;
  const table = enabled && pdfFont.font ? tableFor(pdfFont.font) : null;
  pdfFont.fastShaping = table !== null;
  if (!table || !pdfFont.font) return;
  const font = pdfFont.font;
  const glyphs = new Map<number | string, Glyph>();
  // pdfkit's own layoutCached, with our run tried before fontkit's
  pdfFont.layoutCached = (text: string): GlyphRun => {
    const cache = pdfFont.layoutCache;
    const cached = cache?.[text];
    if (cached) return cached;
    const run = shapeWord(table, font, pdfFont.scale, glyphs, text) ?? pdfFont.layoutRun(text);
    if (cache) cache[text] = run;
    return run;
  };
}

type FontMethod = (this: { _font?: PdfKitEmbeddedFont }, ...args: unknown[]) => unknown;
let installed = false;

/**
 * Every font a pdfmake document opens — for its text, the SVG timeline's labels and the log
 * appendix drawn with pdfkit afterwards — passes through its `font()`: the fast path is attached
 * there. Only pdfmake's document class is changed, so pdfkit used directly (the bench's floor)
 * keeps fontkit's shaping. The class is handed over by the pdfmake engine module, the one place
 * that may load pdfmake's private modules (document/engines/pdfmake-engine.ts).
 */
export function installFastShaping(PdfmakeDocument: { prototype: { font: FontMethod } }): void {
  if (installed) return;
  installed = true;
  const openFont = PdfmakeDocument.prototype.font;
  PdfmakeDocument.prototype.font = function font(...args: unknown[]) {
    const result = openFont.apply(this, args);
    attachFastShaping(this._font);
    return result;
  };
}
