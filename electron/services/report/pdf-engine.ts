import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { findProjectRoot } from '../app-version';
import { ROBOTO_FILES } from '../protocol/print/pdf-fonts';
import type { PdfKitDoc } from './pdf-appendix';

/**
 * Our own pdfmake printer instead of pdfmake's process-wide singleton. Two reasons:
 * - SVG text: pdfmake hands the SVG renderer the font *name* it stored, and the SVG renderer then
 *   opens that name from the real disk. With fonts registered in pdfmake's virtual file system
 *   ('Roboto-Regular.ttf') that fails and the timeline's labels fall back to whatever font was
 *   last used. Registered as absolute paths to pdfmake's own Roboto files, both text and SVG work.
 * - Isolation: the printed protocol configures the singleton its own way; a private printer keeps
 *   the two features from changing each other's fonts or access policies.
 * The internals used are not in @types/pdfmake, so they are typed here.
 */
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

const require = createRequire(import.meta.url);
const Printer = (require('pdfmake/js/Printer') as { default: PrinterClass }).default;
const URLResolver = (require('pdfmake/js/URLResolver') as { default: UrlResolverClass }).default;
const virtualfs = (require('pdfmake/js/virtual-fs') as { default: unknown }).default;

const robotoDir = path.join(
  path.dirname(require.resolve('pdfmake/package.json')),
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
