import { type Document, Packer } from 'docx';

/**
 * The docx engine: the only module that reaches inside the docx library. Everything else builds
 * documents with docx's public classes and packs them here.
 *
 * Why inside: the log appendix (10,000 entries) is written as WordprocessingML text (log-xml.ts),
 * because building it through docx's object model and serialiser took 2–3 s. To put that text into
 * word/document.xml, the document is serialised once with `Packer.compiler` — a private static of
 * Packer, not in its typings — and packed again with the edited document.xml passed as an
 * `overrides` entry, which is the public, documented third argument of Packer.toBuffer.
 *
 * Why pinned exactly (package.json: "docx": "9.15.2"): `compiler` and the Map its compile()
 * returns (part path → XML string) are private and may change in any release.
 *
 * How to upgrade: bump the pin, then check that `Packer.compiler.compile(file)` still exists and
 * returns a Map whose 'word/document.xml' is a string, and that toBuffer still takes
 * (file, prettify, overrides) with overrides as `{ path, data }`. Then run test/unit/report
 * (renderers, docx-libreoffice, page-marks: the appendix text in document.xml, LibreOffice opening
 * the file) and `npm run bench` (the 10,000-entry Word appendix).
 */

interface DocxCompiler {
  compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, unknown>;
}

/** Packs `file`; with `editDocumentXml`, its word/document.xml is first passed through that edit. */
export async function packDocx(
  file: Document,
  editDocumentXml?: (documentXml: string) => string,
): Promise<Buffer> {
  if (!editDocumentXml) return Packer.toBuffer(file);
  const compiler = (Packer as unknown as { compiler: DocxCompiler }).compiler;
  const documentXml = compiler.compile(file).get('word/document.xml');
  if (typeof documentXml !== 'string') throw new Error('docx: word/document.xml not found');
  return Packer.toBuffer(file, false, [{ path: 'word/document.xml', data: editDocumentXml(documentXml) }]);
}
