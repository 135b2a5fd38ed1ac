import type { Content } from 'pdfmake/interfaces';
import { HAS_SYMBOL_FONT } from '../export/pdf-engine';

/** Characters Roboto lacks that our texts use: arrows, check marks. */
const MISSING = /[\u2190-\u21FF\u2713\u2717]/;
const MISSING_RUNS = /([\u2190-\u21FF\u2713\u2717]+)/;

/**
 * A text for pdfmake with the characters Roboto cannot draw set in the symbol font. Most texts
 * have none, and then the string itself is returned (no extra nodes for 10,000 log lines).
 */
export function pdfText(text: string): string | Content[] {
  if (!HAS_SYMBOL_FONT || !MISSING.test(text)) return text;
  return text
    .split(MISSING_RUNS)
    .filter((part) => part !== '')
    .map((part) => (MISSING.test(part) ? { text: part, font: 'Symbols' } : part));
}
