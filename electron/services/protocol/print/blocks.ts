import type { DocumentMetadata } from '../../../../shared/report/model';

/**
 * The printed protocol as a neutral list of blocks. Both renderers (Word and PDF) draw the same
 * blocks in the same order, so the two files cannot drift apart in content.
 */
export interface Cell {
  lines: string[];
  /** Draw the first line bold (a person's name, a system's name). */
  strongFirst?: boolean;
}

export interface Column {
  header: string;
  /** Relative width; renderers turn the set of weights into page fractions. */
  weight: number;
  /** Narrow tick columns are centred. */
  align?: 'left' | 'center';
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'table'; columns: Column[]; rows: Cell[][] }
  /** Label–value pairs without a header row, e.g. the BCP reference. */
  | { kind: 'facts'; rows: [string, string][] };

export interface Cover {
  organisation: string;
  title: string;
  subtitle: string;
  facts: [string, string][];
  notice: string;
}

export interface PrintDocument {
  /** classification (VERTROUWELIJK by default) for the header and footer of every page, cover included */
  mark: string;
  /** credit to CIP and its licence, the matrix in force, the tool; printed on the cover */
  colophon: string[];
  metadata: DocumentMetadata;
  cover: Cover;
  /** the work card (matrix, ten actions, media tips), printed on A4 landscape right after the cover */
  workCard: Block[];
  blocks: Block[];
  /** Left part of every footer; the renderer adds "Pagina x van y". */
  footer: string;
  pageLabel: string;
  ofLabel: string;
  title: string;
}

export const cell = (...lines: string[]): Cell => ({ lines });
export const strong = (...lines: string[]): Cell => ({ lines, strongFirst: true });
