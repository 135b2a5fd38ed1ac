/**
 * The report as renderer-neutral blocks. Each section of the model carries its own blocks, so the
 * Word and PDF renderers draw exactly the same content in the same order and hold no report logic.
 */
export type Tone = 'good' | 'warn' | 'bad' | 'muted';

export interface Cell {
  text: string;
  tone?: Tone;
  bold?: boolean;
}

export interface Column {
  header: string;
  /** relative width; renderers turn the weights into page fractions */
  weight: number;
}

/** One line of the communication log in the appendix, already in the report's language. */
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
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: Tone; italic?: boolean }
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][] }
  /** the timeline picture, drawn from model.timeline by each renderer */
  | { kind: 'timeline'; caption: string }
  /**
   * A picture drawn as SVG text at `width` user units (the PDF's content width in pt): the PDF
   * scales the vector to its column, Word gets it rasterised. Used by the media picture's chart.
   */
  | { kind: 'chart'; name: string; svg: string; width: number; caption: string }
  /** the log appendix; renderers lay this out compactly (10,000 entries must stay fast) */
  | { kind: 'log'; lines: LogLine[] }
  | { kind: 'pageBreak' };

export const cell = (text: string, tone?: Tone, bold?: boolean): Cell => ({
  text,
  ...(tone ? { tone } : {}),
  ...(bold ? { bold } : {}),
});
