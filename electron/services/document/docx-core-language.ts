import { type Document, StringContainer } from 'docx';

/**
 * Writes the document's language (BCP 47, nl-NL or en-GB) into docProps/core.xml as dc:language,
 * beside the language of the styles' defaults. The styles make Word and LibreOffice spell-check and
 * read the text aloud in the right language; the core property is what document management,
 * search and archive tools read without opening the body. The docx library has no option for it,
 * so the element is added to its core-properties part before packing.
 */
export function addCoreLanguage(file: Document, language: string): void {
  file.CoreProperties.addChildElement(new StringContainer('dc:language', language));
}
