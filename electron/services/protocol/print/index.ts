/** The printable protocol for the crisis binder, as Word and as PDF (same content, same order). */
export type { PrintOptions } from './build-document';
export { buildProtocolDocument } from './build-document';
export { renderProtocolDocx } from './render-docx';
export { renderProtocolPdf } from './render-pdf';
