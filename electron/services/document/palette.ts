import type { Tone } from '../../../shared/document/blocks';

/** The house colours of every export (hex without '#', as docx wants it; `hex()` for pdfmake). */
export const ACCENT = '1F3864';
export const MUTED = '595959';
export const RULE = 'A6A6A6';
export const HEADER_FILL = 'DCE3EE';
/** The red of the page marks (OEFENING, VERTROUWELIJK). */
export const MARK = 'B42318';

export const hex = (c: string): string => `#${c}`;

/** The colours of a block's tone (a verdict that was met, late, missed; a quiet note). */
export const TONE_COLOUR: Readonly<Record<Tone, string>> = {
  good: '1E7B34',
  warn: '9A6700',
  bad: 'B42318',
  muted: '6B7280',
};
