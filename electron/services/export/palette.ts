/** The house colours of both exporters (hex without '#', as docx wants it; `hex()` for pdfmake). */
export const ACCENT = '1F3864';
export const MUTED = '595959';
export const RULE = 'A6A6A6';
export const HEADER_FILL = 'DCE3EE';

export const hex = (c: string): string => `#${c}`;
/** The red of the page marks (OEFENING, VERTROUWELIJK). */
export const MARK = 'B42318';
