import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { findProjectRoot } from '../../app-version';
import { installFastShaping } from '../../export/fast-shaping';

/**
 * The pdfmake engine: the only module that reaches inside pdfmake (and, through it, pdfkit).
 * Everything else builds public `pdfmake/interfaces` definitions and calls renderPdfBuffer().
 *
 * Why inside: pdfmake's public entry is a process-wide singleton whose fonts, virtual file system
 * and URL policy any code can change; the export needs a private printer per document, fonts read
 * by absolute path (pdfmake hands the SVG renderer the font *name* it stored, and the SVG renderer
 * opens that name from the real disk, so virtual names would leave the timeline's labels in
 * whatever font was last used), no URL ever fetched, and the finished pdfkit document to draw the
 * log appendix onto and to tidy its bookmarks. So it loads `pdfmake/js/Printer`, `URLResolver`
 * and `virtual-fs`, and touches pdfkit's `outline` tree; none of these are in @types/pdfmake, so
 * they are typed here.
 *
 * Why pinned exactly (package.json: "pdfmake": "0.3.11", "pdfkit": "0.19.1"): these are private
 * modules and fields, which a minor or patch release may rename or reshape without notice.
 *
 * How to upgrade: bump both pins together (pdfmake's own pdfkit dependency), then check that
 * (1) the three `pdfmake/js/*` modules still exist with the constructors typed below; (2) the
 * Printer still takes (fonts, virtualfs, urlResolver, localAccessPolicy) and createPdfKitDocument
 * still returns the unfinished pdfkit stream; (3) pdfkit's PDFOutline still keeps `children`,
 * `outlineData` and `endOutline()`; (4) pdf-appendix.ts's use of pdfkit (`addPage`, `text`, the
 * `_font.layoutCache` of pdf-plain-runs.ts) still holds. Then run test/unit/report,
 * test/unit/protocol/print*.test.ts and work-card.test.ts (bookmarks, fonts, page marks, the
 * appendix) and `npm run bench` (the 10,000-entry appendix).
 */

/** One bookmark of pdfkit's outline tree (PDFOutline), as far as we prune it. */
export interface PdfKitOutline {
  outlineData: { Title?: unknown; Parent?: unknown };
  /** pdfkit's reference to this item's dictionary */
  dictionary: unknown;
  children: PdfKitOutline[];
  endOutline(): void;
}

/** The pdfkit document pdfmake produces, as far as the report appendix draws onto it itself. */
export interface PdfKitDoc {
  outline: PdfKitOutline;
  addPage(options: { size: string; margin: number }): PdfKitDoc;
  font(src: string): PdfKitDoc;
  fontSize(size: number): PdfKitDoc;
  fillColor(colour: string): PdfKitDoc;
  text(text: string, x: number, y: number, options: { lineBreak: false }): PdfKitDoc;
  widthOfString(text: string): number;
}

interface PdfKitStream {
  on(event: 'readable' | 'end', cb: () => void): void;
  read(size?: number): Buffer | null;
  end(): void;
}
interface PrinterInstance {
  createPdfKitDocument(doc: TDocumentDefinitions, options?: object): Promise<PdfKitStream & PdfKitDoc>;
}
type PrinterClass = new (
  fonts: Record<string, Record<string, string>>,
  virtualfs: unknown,
  urlResolver: unknown,
  localAccessPolicy: (p: string) => boolean,
) => PrinterInstance;
type UrlResolverClass = new (
  virtualfs: unknown,
) => { setUrlAccessPolicy(cb: (url: string) => boolean): void };

// not named `require`: electron-vite adds its own module-level `const require` shim to the bundle
const requireCjs = createRequire(import.meta.url);
const Printer = (requireCjs('pdfmake/js/Printer') as { default: PrinterClass }).default;
const URLResolver = (requireCjs('pdfmake/js/URLResolver') as { default: UrlResolverClass }).default;
const virtualfs = (requireCjs('pdfmake/js/virtual-fs') as { default: unknown }).default;
// Roboto words laid out without fontkit's shaper, same output (export/fast-shaping.ts)
installFastShaping(
  (requireCjs('pdfmake/js/PDFDocument') as { default: Parameters<typeof installFastShaping>[0] }).default,
);

/** The Roboto files that ship with pdfmake (build/fonts/Roboto), one per style. */
const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

const robotoDir = path.join(
  path.dirname(requireCjs.resolve('pdfmake/package.json')),
  'build',
  'fonts',
  'Roboto',
);

/** Absolute paths of the four Roboto styles; resvg uses the same files for the Word timeline. */
export const ROBOTO_PATHS = {
  normal: path.join(robotoDir, ROBOTO_FILES.normal),
  bold: path.join(robotoDir, ROBOTO_FILES.bold),
  italics: path.join(robotoDir, ROBOTO_FILES.italics),
  bolditalics: path.join(robotoDir, ROBOTO_FILES.bolditalics),
};

/**
 * Roboto has no arrows (→), which the log's own summaries use ("fase: A → B"). DejaVu Sans (free
 * licence, in resources/fonts) is registered as 'Symbols' for just those characters; when the
 * file is missing the arrows print as boxes but the report still renders.
 */
const symbolsPath = path.join(findProjectRoot(), 'resources', 'fonts', 'DejaVuSans.ttf');
export const HAS_SYMBOL_FONT = existsSync(symbolsPath);
/** the symbol font's path, or null when it is missing */
export const SYMBOLS_PATH: string | null = HAS_SYMBOL_FONT ? symbolsPath : null;
const FONTS: Record<string, Record<string, string>> = {
  Roboto: ROBOTO_PATHS,
  ...(HAS_SYMBOL_FONT
    ? { Symbols: { normal: symbolsPath, bold: symbolsPath, italics: symbolsPath, bolditalics: symbolsPath } }
    : {}),
};
const allowed = new Set([...Object.values(ROBOTO_PATHS), symbolsPath]);

/**
 * Renders a document definition to PDF bytes; reads nothing but the font files, fetches nothing.
 * `after` may draw more pages onto the finished pdfkit document before it is closed.
 */
export async function renderPdfBuffer(
  doc: TDocumentDefinitions,
  after?: (pdf: PdfKitDoc) => void,
): Promise<Buffer> {
  const resolver = new URLResolver(virtualfs);
  resolver.setUrlAccessPolicy(() => false);
  const printer = new Printer(FONTS, virtualfs, resolver, (p) => allowed.has(path.resolve(p)));
  const stream = await printer.createPdfKitDocument(doc);
  after?.(stream);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('readable', () => {
      for (let chunk = stream.read(); chunk !== null; chunk = stream.read()) chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.end();
  });
}

/**
 * A heading kept inside a table's repeated header rows is drawn again on every page the table
 * runs onto, and pdfmake adds a bookmark each time. Keeps the first of a run of equal sibling
 * bookmarks and moves the children of the repeats under it (a level-2 heading drawn after a
 * repeated level 1 was filed under the repeat), at every level of the tree. The dropped ones are
 * still ended, because pdfkit waits for every object it handed out.
 */
export function mergeRepeatedBookmarks(pdf: PdfKitDoc): void {
  mergeChildren(pdf.outline);
}

function mergeChildren(parent: PdfKitOutline): void {
  const kept: PdfKitOutline[] = [];
  for (const item of parent.children) {
    const last = kept.at(-1);
    if (last && String(last.outlineData.Title ?? '') === String(item.outlineData.Title ?? '')) {
      for (const child of item.children) child.outlineData.Parent = last.dictionary;
      last.children.push(...item.children);
      item.children = [];
      item.endOutline();
    } else {
      kept.push(item);
    }
  }
  parent.children = kept;
  for (const item of kept) mergeChildren(item);
}
