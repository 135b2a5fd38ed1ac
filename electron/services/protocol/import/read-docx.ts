import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { AppError } from '../../../../shared/errors/app-error';
import type { DocxDocument, DocxTable } from '../../../../shared/protocol/import/docx-model';

/**
 * Reads the paragraphs and tables of a Word document (DOCX) as plain text. A DOCX is a zip with
 * the body in word/document.xml; we unzip only that part with fflate (already in the tree through
 * `docx`, small and maintained) and walk its XML with @xmldom/xmldom. mammoth was the other
 * candidate, but it turns the document into HTML that we would then have to parse again, and
 * tables are all we need.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** word/document.xml larger than this is not a protocol but a zip bomb or a book. */
const MAX_XML_BYTES = 40 * 1024 * 1024;

function refuse(nl: string, en: string): AppError {
  return new AppError('protocol.docxUnreadable', {
    nl: `Dit bestand is niet ingelezen: ${nl} Het opgeslagen protocol is niet veranderd.`,
    en: `This file was not imported: ${en} The stored protocol has not changed.`,
  });
}

const isW = (node: Node, local: string): node is Element =>
  node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === local;

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** The text of a paragraph: runs, tabs and breaks; deleted text of tracked changes is left out. */
function textOf(node: Node): string {
  let out = '';
  for (const c of children(node)) {
    if (isW(c, 't')) out += c.textContent ?? '';
    else if (isW(c, 'tab')) out += '\t';
    else if (isW(c, 'br') || isW(c, 'cr')) out += '\n';
    else if (isW(c, 'del') || isW(c, 'delText') || isW(c, 'instrText')) continue;
    else if (c.nodeType === 1) out += textOf(c);
  }
  return out;
}

/** Block content of a body or cell, with content controls (w:sdt) opened up. */
function blocks(node: Node): Element[] {
  const out: Element[] = [];
  for (const c of children(node)) {
    if (isW(c, 'p') || isW(c, 'tbl')) out.push(c);
    else if (isW(c, 'sdt')) {
      const content = children(c).find((x) => isW(x, 'sdtContent'));
      if (content) out.push(...blocks(content));
    }
  }
  return out;
}

function cellText(cell: Element): string {
  return blocks(cell)
    .map((b) =>
      isW(b, 'p')
        ? textOf(b)
        : tableRows(b)
            .map((r) => r.join(' '))
            .join('\n'),
    )
    .join('\n')
    .trim();
}

function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(table)) {
    if (isW(c, 'tr')) out.push(c);
    else if (isW(c, 'sdt')) {
      const content = children(c).find((x) => isW(x, 'sdtContent'));
      if (content) out.push(...children(content).filter((x): x is Element => isW(x, 'tr')));
    }
  }
  return out;
}

function tableRows(table: Element): string[][] {
  return rowsOf(table).map((row) => {
    const cells: string[] = [];
    for (const cell of children(row).filter((x): x is Element => isW(x, 'tc'))) {
      cells.push(cellText(cell));
      // a cell spanning columns keeps the columns after it in their place
      const props = children(cell).find((x) => isW(x, 'tcPr'));
      const span = props ? children(props).find((x) => isW(x, 'gridSpan')) : undefined;
      const n = Number((span as Element | undefined)?.getAttributeNS(W, 'val') ?? 1);
      for (let i = 1; i < n && i < 50; i++) cells.push('');
    }
    return cells;
  });
}

export function readDocx(bytes: Uint8Array): DocxDocument {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name === 'word/document.xml' && f.originalSize <= MAX_XML_BYTES,
    });
  } catch {
    throw refuse(
      'het is geen Word-document (.docx). Sla een .doc of PDF in Word op als .docx en probeer het opnieuw.',
      'it is not a Word document (.docx). Save a .doc or PDF as .docx in Word and try again.',
    );
  }
  const xml = files['word/document.xml'];
  if (!xml) {
    throw refuse(
      'er zit geen Word-tekst in (word/document.xml ontbreekt of is te groot).',
      'it holds no Word text (word/document.xml is missing or too large).',
    );
  }
  let body: Element | undefined;
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(
      new TextDecoder().decode(xml),
      'text/xml',
    );
    body = doc.getElementsByTagNameNS(W, 'body')[0];
  } catch {
    body = undefined;
  }
  if (!body) {
    throw refuse('de Word-tekst erin is beschadigd.', 'the Word text in it is damaged.');
  }
  const paragraphs: string[] = [];
  const tables: DocxTable[] = [];
  let heading = '';
  for (const block of blocks(body)) {
    if (isW(block, 'p')) {
      const text = textOf(block).trim();
      paragraphs.push(text);
      if (text !== '') heading = text;
    } else {
      tables.push({ index: tables.length, heading, rows: tableRows(block) });
    }
  }
  return { paragraphs, tables };
}
