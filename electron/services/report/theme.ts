import type { Tone } from '../../../shared/report/blocks';

/** Colours shared by the Word and PDF renderers (hex without '#', as docx wants it). */
export { ACCENT, HEADER_FILL, hex, MARK, MUTED, RULE } from '../export/palette';

export const TONE_COLOUR: Readonly<Record<Tone, string>> = {
  good: '1E7B34',
  warn: '9A6700',
  bad: 'B42318',
  muted: '6B7280',
};

/** Page content width of A4 with 50 pt margins, in pt (PDF) — the timeline is drawn at this width. */
export const PDF_CONTENT_WIDTH = 495;
