import { IMAGE_WIDTH } from '../../../shared/document/model';

/** The export colours (document/palette.ts), under the name the log appendix (pdf-appendix.ts) imports. */
export { ACCENT, HEADER_FILL, hex, MARK, MUTED, RULE, TONE_COLOUR } from '../document/palette';

/** Page content width of A4 with 50 pt margins, in pt (PDF). */
export const PDF_CONTENT_WIDTH = IMAGE_WIDTH;
