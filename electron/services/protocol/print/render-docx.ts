import type { Protocol } from '../../../../shared/protocol/schema';
import { renderDocumentDocx } from '../../document/render-docx';
import { buildProtocolDocument, type PrintOptions } from './build-document';

/** The printed protocol as Word: the one document renderer (document/render-docx.ts). */
export function renderProtocolDocx(protocol: Protocol, opts: PrintOptions): Promise<Buffer> {
  return renderDocumentDocx(buildProtocolDocument(protocol, opts));
}
