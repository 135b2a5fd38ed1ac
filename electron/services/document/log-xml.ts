import type { LogLine } from '../../../shared/document/blocks';
import { ACCENT, MUTED, TONE_COLOUR } from './palette';

/**
 * The log appendix as WordprocessingML, written as a string. Building 10,000 entries through the
 * docx library's object model and serialiser took 2–3 s; the same paragraphs as text take tens of
 * milliseconds. The markup is the plain subset the docx library writes itself (w:p, w:r, w:t,
 * w:br), so Word and LibreOffice read it the same way.
 */

// XML 1.0 forbids most control characters; a pasted message may contain them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping exactly those characters
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
  return text.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** half-points */
  size: number;
}

/** One run; `breakBefore` starts it on a new line within the paragraph. Element order follows the schema. */
function run(text: string, style: RunStyle, breakBefore = false): string {
  const props = `${style.bold ? '<w:b/>' : ''}${style.italic ? '<w:i/>' : ''}${
    style.color ? `<w:color w:val="${style.color}"/>` : ''
  }<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  return `<w:r><w:rPr>${props}</w:rPr>${breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
}

/** One paragraph per entry, kept on one page: head line, summary, details, corrections. */
export function logEntriesXml(lines: readonly LogLine[]): string {
  const out: string[] = [];
  for (const l of lines) {
    const head = `${l.time}${l.recorded ? ` (${l.recorded})` : ''} · ${l.kind} · ${l.author}${l.meta ? ` · ${l.meta}` : ''}`;
    let xml = '<w:p><w:pPr><w:keepLines/><w:spacing w:before="60" w:after="0"/></w:pPr>';
    xml += run(`#${l.seq}  `, { bold: true, color: ACCENT, size: 16 });
    xml += run(head, { color: MUTED, size: 15 });
    xml += run(l.summary, { italic: l.isCorrection, size: 17 }, true);
    // a message of several paragraphs keeps its line breaks (Word drops a newline inside w:t)
    for (const d of l.details)
      for (const line of d.split(/\r?\n/)) xml += run(line, { color: MUTED, size: 15 }, true);
    for (const c of l.corrections)
      xml += run(`» ${c}`, { italic: true, color: TONE_COLOUR.warn, size: 16 }, true);
    out.push(`${xml}</w:p>`);
  }
  return out.join('');
}

/** A paragraph holding only this token is replaced by the appendix after docx has serialised. */
export const LOG_PLACEHOLDER = 'KETENBORD-LOG-APPENDIX-PLACEHOLDER';

/** Replaces the placeholder's whole paragraph in document.xml with the appendix paragraphs. */
export function insertLogXml(documentXml: string, appendixXml: string): string {
  const at = documentXml.indexOf(LOG_PLACEHOLDER);
  if (at < 0) throw new Error('log placeholder missing from document.xml');
  let start = documentXml.lastIndexOf('<w:p>', at);
  const withAttrs = documentXml.lastIndexOf('<w:p ', at);
  start = Math.max(start, withAttrs);
  const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
  return documentXml.slice(0, start) + appendixXml + documentXml.slice(end);
}
