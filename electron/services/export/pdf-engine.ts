import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { findProjectRoot } from '../app-version';
import { installFastShaping } from './fast-shaping';

/**
 * The pdfmake set-up both exporters (printed protocol, report) use: a private printer per document
 * instead of pdfmake's process-wide singleton, so no other code can change its fonts or access
 * policies. The fonts are pdfmake's own Roboto files, registered by absolute path: pdfmake hands
 * the SVG renderer the font *name* it stored, and the SVG renderer opens that name from the real
 * disk, so names in pdfmake's virtual file system ('Roboto-Regular.ttf') would leave the report
 * timeline's labels in whatever font was last used. Reading is limited to those font files and
 * every URL is refused. The internals used are not in @types/pdfmake, so they are typed here.
 */

/** One bookmark of pdfkit's outline tree (PDFOutline), as far as we prune it. */
export interface PdfKitOutline {
  outlineData: { Title?: unknown };
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
installFastShaping(); // Roboto words laid out without fontkit's shaper, same output (fast-shaping.ts)

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
 * runs onto, and pdfmake adds a bookmark each time. Keeps the first of a run of equal bookmarks;
 * the dropped ones are still ended, because pdfkit waits for every object it handed out.
 */
export function dropRepeatedBookmarks(pdf: PdfKitDoc): void {
  const kept: PdfKitOutline[] = [];
  for (const item of pdf.outline.children) {
    const title = String(item.outlineData.Title ?? '');
    if (kept.length > 0 && String(kept.at(-1)!.outlineData.Title ?? '') === title) item.endOutline();
    else kept.push(item);
  }
  pdf.outline.children = kept;
}
