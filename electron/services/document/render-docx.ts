import { Document } from 'docx';
import type { Block, LogLine } from '../../../shared/document/blocks';
import type { DocumentModel } from '../../../shared/document/model';
import { blockToDocx, type DocxImages } from './docx-blocks';
import { addCoreLanguage } from './docx-core-language';
import { coverToDocx } from './docx-cover';
import {
  a4Page,
  CONTENT_WIDTH,
  documentStyles,
  docxProperties,
  FONT,
  LANDSCAPE_CONTENT_WIDTH,
  marksHeader,
  pageNumberFooter,
} from './docx-page';
import { packDocx } from './engines/docx-engine';
import { type ImagePng, svgToPng } from './image-png';
import { insertLogXml, logEntriesXml } from './log-xml';

/** the content width in CSS pixels (96 per inch), which is how docx sizes images: 1 px = 15 twips */
const CONTENT_PX = Math.floor(CONTENT_WIDTH / 15);

/** Every picture of the document rasterised, before the (synchronous) layout. */
async function rasterise(doc: DocumentModel): Promise<DocxImages> {
  const images = new Map<Block, ImagePng>();
  for (const part of doc.parts) {
    for (const b of part.blocks) if (b.kind === 'image') images.set(b, await svgToPng(b.svg, CONTENT_PX));
  }
  return images;
}

/**
 * Any document of the one model as a Word file: the cover, then one Word section per part (so the
 * work card can be landscape), each with the marks in its header and "page x of y" in its footer.
 * The log appendix is written as WordprocessingML text after docx has serialised the rest.
 */
export async function renderDocumentDocx(doc: DocumentModel): Promise<Buffer> {
  const images = await rasterise(doc);
  let log: readonly LogLine[] | null = null;
  for (const part of doc.parts) for (const b of part.blocks) if (b.kind === 'log') log = b.lines;
  // every Word section gets its own header and footer objects, with the same content
  const frame = (width = CONTENT_WIDTH) => ({
    headers: { default: marksHeader(doc.marks, 18) },
    footers: {
      default: pageNumberFooter(
        { text: doc.footer, pageLabel: doc.pageLabel, ofLabel: doc.ofLabel, size: 14 },
        width,
      ),
    },
  });
  const file = new Document({
    ...docxProperties(doc.metadata),
    styles: documentStyles(19, 30, doc.metadata.language, {
      heading3: {
        run: { font: FONT, size: 19, bold: true, color: '333333' },
        paragraph: { spacing: { before: 160, after: 60 } },
      },
    }),
    sections: [
      { properties: { page: a4Page(560) }, ...frame(), children: coverToDocx(doc.cover) },
      ...doc.parts.map((part) => {
        const landscape = part.orientation === 'landscape';
        const width = landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH;
        return {
          properties: { page: a4Page(560, landscape) },
          ...frame(width),
          children: part.blocks.flatMap((b) => blockToDocx(b, width, images)),
        };
      }),
    ],
  });
  addCoreLanguage(file, doc.metadata.language); // dc:language in docProps/core.xml
  const lines = log;
  return packDocx(file, lines ? (xml) => insertLogXml(xml, logEntriesXml(lines)) : undefined);
}
