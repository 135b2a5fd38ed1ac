/**
 * The pdfmake engine lives in document/engines/pdfmake-engine.ts; this path stays for the modules
 * that draw the log appendix and measure text (report/pdf-appendix.ts, text-metrics.ts, pdf-text.ts).
 */
export {
  HAS_SYMBOL_FONT,
  type PdfKitDoc,
  ROBOTO_PATHS,
  renderPdfBuffer,
  SYMBOLS_PATH,
} from '../document/engines/pdfmake-engine';
