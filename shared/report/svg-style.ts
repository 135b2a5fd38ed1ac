/**
 * The ink, accent and type the report's pictures share (the timeline and the media picture), so the
 * two read as one document. Pure SVG text attributes; each renderer embeds Roboto, the arial and
 * helvetica fallbacks are for a viewer that opens the SVG on its own.
 */
export const SVG_INK = '#1F2933';
export const SVG_MUTED = '#5F6B7A';
export const SVG_ACCENT = '#1F3864';
export const SVG_ALERT = '#B42318';
export const SVG_FONT = 'Roboto, Arial, Helvetica, sans-serif';

/** a coordinate with one decimal: enough for print, and SVG text that stays small */
export const svgNumber = (v: number): string => (Math.round(v * 10) / 10).toString();
