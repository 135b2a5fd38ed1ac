import type { Protocol } from '../../../../shared/protocol/schema';
import { renderDocumentPdf } from '../../document/render-pdf';
import { buildProtocolDocument, type PrintOptions } from './build-document';

/** The printed protocol as PDF: the one document renderer (document/render-pdf.ts). */
export function renderProtocolPdf(protocol: Protocol, opts: PrintOptions): Promise<Buffer> {
  return renderDocumentPdf(buildProtocolDocument(protocol, opts));
}
