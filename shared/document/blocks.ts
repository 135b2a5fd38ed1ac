/**
 * The one block model every exported document is made of: the printed protocol and both reports
 * build these blocks, and one Word and one PDF renderer (electron/services/document/) draw them, so
 * the two formats and the two kinds of document cannot drift apart in content or in look.
 * Pure data: no renderer, no library types.
 */
export type Tone = 'good' | 'warn' | 'bad' | 'muted';

export interface Cell {
  /** the cell's text; a newline starts a new line within the cell */
  text: string;
  tone?: Tone;
  bold?: boolean;
  /** draw only the first line bold (a person's name above their numbers, a system's name) */
  strongFirst?: boolean;
}

export interface Column {
  header: string;
  /** relative width; renderers turn the set of weights into page fractions */
  weight: number;
  /** narrow tick and number columns are centred */
  align?: 'left' | 'center';
}

/** One entry of the communication log in the appendix, already in the document's language. */
export interface LogLine {
  seq: number;
  /** occurredAt on the Amsterdam clock, with seconds (and its UTC offset in the repeated DST hour) */
  time: string;
  /** when it was recorded, only when that was more than a few minutes after it happened */
  recorded?: string;
  kind: string;
  author: string;
  /** audience, action, channel, recipients, from … joined; may be empty */
  meta: string;
  summary: string;
  /** further text: full message text, reason, decision subject */
  details: string[];
  /** "corrected by #n: …" lines, shown right under the entry they correct */
  corrections: string[];
  isCorrection: boolean;
}

export type Block =
  /** levels 1 and 2 are bookmarks (PDF) and outline levels (Word); a level 2 sits under the level 1 before it */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** a newline in the text starts a new paragraph; an italic paragraph right after a heading is its intro */
  | { kind: 'paragraph'; text: string; tone?: Tone; italic?: boolean }
  /** label–value pairs without a header row or rules */
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'bullets'; items: string[] }
  /** a ruled table whose header row (and the headings that introduce it) repeats on every page */
  | { kind: 'table'; columns: Column[]; rows: Cell[][] }
  /** a picture drawn as SVG at the content width (IMAGE_WIDTH); Word gets it rasterised */
  | { kind: 'image'; svg: string; caption: string }
  /**
   * The communication log appendix: the one block the renderers do not flow through their
   * library, because 10,000 entries must stay fast (PDF: pdf-appendix.ts; Word: log-xml.ts).
   */
  | { kind: 'log'; lines: LogLine[] }
  | { kind: 'pageBreak' };

/** A table cell of one text (newlines for more lines), optionally coloured and bold. */
export const cell = (text: string, tone?: Tone, bold?: boolean): Cell => ({
  text,
  ...(tone ? { tone } : {}),
  ...(bold ? { bold } : {}),
});
