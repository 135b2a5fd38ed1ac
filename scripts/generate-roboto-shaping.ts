/**
 * Writes electron/services/export/roboto-shaping-table.ts: what fontkit's OpenType shaping does to
 * the Latin-1 text of our documents in the four Roboto files pdfmake ships, so that text can be
 * laid out without it (electron/services/export/fast-shaping.ts says why). Run after pdfmake
 * changes its fonts: `node bin/run-ts.mjs scripts/generate-roboto-shaping.ts` (about a minute).
 *
 * It refuses to write a table it cannot justify: every substitution and positioning lookup that
 * fontkit applies by default is examined, and one of a kind not understood here stops the script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const requireCjs = createRequire(import.meta.url);
const fontkit = requireCjs('fontkit') as { create(buffer: Buffer): Font };

interface Glyph {
  id: number;
  advanceWidth: number;
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface Coverage {
  version: 1 | 2;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number }[];
}
interface ClassDef {
  version: 1 | 2;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface SubTable {
  version: number;
  coverage?: Coverage;
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  /** a restructure LazyArray in fontkit, not an Array */
  ligatureSets?: { get(i: number): { glyph: number; components: number[] }[] | undefined };
  lookaheadClassDef?: ClassDef;
  backtrackClassDef?: ClassDef;
  inputClassDef?: ClassDef;
  chainClassSet?: ({ backtrack: number[]; input: number[]; lookahead: number[] }[] | null)[];
  lookupType?: number;
  extension?: SubTable;
}
interface Table {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: {
    get(i: number): { lookupType: number; flags: { flags: Record<string, boolean> }; subTables: SubTable[] };
  };
}
interface Font {
  postscriptName: string;
  unitsPerEm: number;
  head: { checkSumAdjustment: number };
  GDEF?: { glyphClassDef?: ClassDef };
  GSUB: Table;
  GPOS: Table;
  glyphForCodePoint(cp: number): Glyph;
  getGlyph(id: number): Glyph;
  layout(text: string, features?: unknown, script?: string): { glyphs: Glyph[]; positions: Position[] };
}

/** The features fontkit's default shaper applies to Latin text (and that Roboto has). */
const GSUB_FEATURES = ['ccmp', 'locl', 'rlig', 'calt', 'clig', 'liga', 'rclt'];
const GPOS_FEATURES = ['mark', 'mkmk', 'curs', 'kern'];
/** fontkit picks 'latn' for a word with a letter, the default script for digits and punctuation */
const SCRIPTS = ['latn', 'DFLT'];

/** The candidates: printable ASCII, Latin-1 and the punctuation Dutch and English texts use. */
const CANDIDATES = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  ...[0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x20ac, 0x2122],
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function coverageGlyphs(c: Coverage | undefined): number[] {
  if (!c) return [];
  if (c.version === 1) return c.glyphs ?? [];
  return (c.rangeRecords ?? []).flatMap((r) => range(r.start, r.end));
}

function classGlyphs(def: ClassDef | undefined, cls: number): number[] {
  if (!def) return [];
  if (def.version === 1) {
    return (def.classValueArray ?? []).flatMap((v, i) => (v === cls ? [(def.startGlyph ?? 0) + i] : []));
  }
  return (def.classRangeRecord ?? []).filter((r) => r.class === cls).flatMap((r) => range(r.start, r.end));
}

/** The lookups of the named features in any script's default language (what fontkit applies). */
function appliedLookups(table: Table, features: string[]): number[] {
  const out = new Set<number>();
  for (const s of table.scriptList) {
    if (!SCRIPTS.includes(s.tag)) continue;
    for (const fi of s.script.defaultLangSys.featureIndexes) {
      const f = table.featureList[fi]!;
      if (features.includes(f.tag)) for (const l of f.feature.lookupListIndexes) out.add(l);
    }
  }
  return [...out].sort((a, b) => a - b);
}

const unwrap = (st: SubTable, type: number): [SubTable, number] =>
  type === 7 || type === 9 ? [st.extension!, st.lookupType!] : [st, type];

interface Ligature {
  sequence: number[];
  glyph: number;
}

/**
 * What may substitute glyphs in text made only of the `reachable` glyphs. The ligatures whose every
 * glyph is reachable, per lookup in the order fontkit applies them (by lookup index) and within a
 * lookup in the font's order of preference. A chained context that could fire (every class in one of its rules holds a reachable glyph) puts
 * its input glyphs in `unsafe`: no word with one of them is shaped without fontkit.
 */
function substitutions(font: Font, reachable: Set<number>): { lookups: Ligature[][]; unsafe: Set<number> } {
  const lookups: Ligature[][] = [];
  const unsafe = new Set<number>();
  for (const index of appliedLookups(font.GSUB, GSUB_FEATURES)) {
    const lookup = font.GSUB.lookupList.get(index);
    const ligatures: Ligature[] = [];
    for (const raw of lookup.subTables) {
      const [st, type] = unwrap(raw, lookup.lookupType);
      const covered = coverageGlyphs(st.coverage);
      if (type === 4) {
        if (Object.values(lookup.flags.flags).some(Boolean))
          throw new Error(`GSUB lookup ${index} has flags`);
        covered.forEach((first, i) => {
          for (const lig of st.ligatureSets?.get(i) ?? []) {
            const sequence = [first, ...lig.components];
            if (sequence.every((g) => reachable.has(g))) ligatures.push({ sequence, glyph: lig.glyph });
          }
        });
      } else if (type === 6 && st.version === 2) {
        const classHasReachable = (def: ClassDef | undefined, cls: number) =>
          cls === 0 || classGlyphs(def, cls).some((g) => reachable.has(g));
        for (const first of covered) {
          if (!reachable.has(first)) continue;
          const rules = st.chainClassSet ?? [];
          const possible = rules.some((set) =>
            (set ?? []).some(
              (rule) =>
                rule.backtrack.every((c) => classHasReachable(st.backtrackClassDef, c)) &&
                rule.input.every((c) => classHasReachable(st.inputClassDef, c)) &&
                rule.lookahead.every((c) => classHasReachable(st.lookaheadClassDef, c)),
            ),
          );
          if (possible) unsafe.add(first);
        }
      } else if (covered.some((g) => reachable.has(g))) {
        throw new Error(`GSUB lookup ${index} (type ${type}) touches Latin-1 glyphs: not understood here`);
      }
    }
    if (ligatures.length > 0) lookups.push(ligatures);
  }
  return { lookups, unsafe };
}

/** Only pair kerning may move Latin-1 glyphs: mark attachment needs a mark glyph, which none is. */
function checkPositioning(font: Font, reachable: Set<number>): void {
  for (const index of appliedLookups(font.GPOS, GPOS_FEATURES)) {
    const lookup = font.GPOS.lookupList.get(index);
    for (const raw of lookup.subTables) {
      const [st, type] = unwrap(raw, lookup.lookupType);
      if (type === 2) {
        // a pair lookup that skipped ligatures would kern across them: not a pair table any more
        if (lookup.flags.flags.ignoreLigatures || lookup.flags.flags.ignoreBaseGlyphs) {
          throw new Error(`GPOS lookup ${index} skips ligatures or base glyphs`);
        }
        continue;
      }
      const marks = [...coverageGlyphs(st.markCoverage), ...coverageGlyphs(st.mark1Coverage)];
      if ((type === 4 || type === 5 || type === 6) && !marks.some((g) => reachable.has(g))) continue;
      throw new Error(`GPOS lookup ${index} (type ${type}) may move Latin-1 glyphs: not understood here`);
    }
  }
}

function tableFor(file: string) {
  const bytes = readFileSync(file);
  const font = fontkit.create(bytes);
  const glyph = (cp: number) => font.glyphForCodePoint(cp);
  // a character qualifies when fontkit draws it alone as its own glyph at its own width
  const chars = CANDIDATES.filter((cp) => {
    const g = glyph(cp);
    const run = font.layout(String.fromCharCode(cp));
    const p = run.positions[0]!;
    return (
      g.id !== 0 &&
      run.glyphs.length === 1 &&
      run.glyphs[0]!.id === g.id &&
      p.xAdvance === g.advanceWidth &&
      p.xOffset === 0 &&
      p.yOffset === 0 &&
      p.yAdvance === 0
    );
  });
  const reachable = new Set(chars.map((cp) => glyph(cp).id));
  const { lookups, unsafe } = substitutions(font, reachable);
  checkPositioning(font, reachable);
  // kerning skips mark glyphs: a mark between two letters would let them kern, so none may be one
  const marks = new Set(classGlyphs(font.GDEF?.glyphClassDef, 3));
  const safe = chars.filter((cp) => !unsafe.has(glyph(cp).id) && !marks.has(glyph(cp).id));
  // each ligature as the character strings that make it (a glyph may have more than one character)
  const charsOf = (g: number) => safe.filter((cp) => glyph(cp).id === g).map((cp) => String.fromCharCode(cp));
  const textsOf = (sequence: number[]) =>
    sequence.reduce<string[]>((texts, g) => texts.flatMap((t) => charsOf(g).map((c) => t + c)), ['']);
  const ligatureLookups = lookups.map((ligatures) =>
    ligatures.flatMap((l) => textsOf(l.sequence).map((text) => [text, l.glyph] as const)),
  );
  const ligatureTexts = ligatureLookups.flat().map(([text]) => text);
  const ligatureGlyph = new Map(ligatureLookups.flat());

  // kerning next to a ligature, measured for every neighbour that leaves the ligature whole; also
  // the zeros, so a pair not measured is known to be unknown
  const ligatureKern: Record<string, number> = {};
  const items = [...safe.map((cp) => String.fromCharCode(cp)), ...ligatureTexts];
  for (const lig of ligatureTexts) {
    for (const other of items) {
      for (const [left, right] of [
        [lig, other],
        [other, lig],
      ] as const) {
        const run = font.layout(left + right, undefined, 'latn');
        const id = (item: string) => ligatureGlyph.get(item) ?? glyph(item.charCodeAt(0)).id;
        if (run.glyphs.length !== 2 || run.glyphs[0]!.id !== id(left) || run.glyphs[1]!.id !== id(right))
          continue;
        const [p, q] = run.positions as [Position, Position];
        if (p.xOffset || p.yOffset || p.yAdvance || q.xOffset || q.yOffset || q.yAdvance) continue;
        if (q.xAdvance !== font.getGlyph(id(right)).advanceWidth) continue;
        ligatureKern[`${left}|${right}`] = p.xAdvance - font.getGlyph(id(left)).advanceWidth;
      }
    }
  }

  // pair kerning as fontkit applies it, in font units; the same in both scripts or no table
  const kern: Record<string, number> = {};
  for (const a of safe) {
    for (const b of safe) {
      const text = String.fromCharCode(a, b);
      if (ligatureTexts.includes(text)) continue;
      const seen = SCRIPTS.map((script) => {
        const run = font.layout(text, undefined, script);
        const [p, q] = run.positions as [Position, Position];
        if (
          run.glyphs.length !== 2 ||
          run.glyphs[0]!.id !== glyph(a).id ||
          run.glyphs[1]!.id !== glyph(b).id ||
          p.xOffset !== 0 ||
          p.yOffset !== 0 ||
          p.yAdvance !== 0 ||
          q.xOffset !== 0 ||
          q.yOffset !== 0 ||
          q.yAdvance !== 0 ||
          q.xAdvance !== glyph(b).advanceWidth
        ) {
          throw new Error(`pair ${JSON.stringify(text)} is shaped beyond kerning in ${file}`);
        }
        return p.xAdvance - glyph(a).advanceWidth;
      });
      if (seen[0] !== seen[1]) throw new Error(`pair ${JSON.stringify(text)} kerns by script in ${file}`);
      if (seen[0] !== 0) kern[text] = seen[0]!;
    }
  }
  return {
    postscriptName: font.postscriptName,
    bytes: bytes.length,
    checkSumAdjustment: font.head.checkSumAdjustment,
    unitsPerEm: font.unitsPerEm,
    chars: String.fromCharCode(...safe),
    /** advance widths in font units, in the order of `chars` */
    advances: safe.map((cp) => glyph(cp).advanceWidth),
    /** per lookup, in the order applied: [text, ligature glyph id] in the font's order of preference */
    ligatureLookups,
    kern,
    ligatureKern,
  };
}

const robotoDir = path.join(
  path.dirname(requireCjs.resolve('pdfmake/package.json')),
  'build',
  'fonts',
  'Roboto',
);
const files = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf'];
const tables = files.map((f) => tableFor(path.join(robotoDir, f)));
const target = path.resolve(import.meta.dirname, '../electron/services/export/roboto-shaping-table.ts');
const header = `/**
 * Generated by scripts/generate-roboto-shaping.ts from pdfmake's Roboto files; do not edit.
 * Per font: the characters fontkit shapes as their own glyph and their advance widths, the
 * ligatures they form (per lookup, in the order fontkit applies them), and the kerning (font units)
 * fontkit adds to the first glyph of each pair, next to a ligature too.
 * Stored as JSON text: parsed only when a PDF is made, and faster to parse than an object literal.
 */
`;
writeFileSync(
  target,
  `${header}export const ROBOTO_SHAPING_JSON = ${JSON.stringify(JSON.stringify(tables))};\n`,
);
console.log(`written: ${target}`);
for (const t of tables) {
  console.log(
    `  ${t.postscriptName}: ${t.chars.length} characters, ${Object.keys(t.kern).length} kerning pairs, ligatures ${JSON.stringify(t.ligatureLookups)} with ${Object.keys(t.ligatureKern).length} neighbours`,
  );
}
