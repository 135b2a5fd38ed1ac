import type { Cell } from '../../../../shared/document/blocks';

/**
 * The printed protocol is made of the one document model (shared/document/blocks.ts); these are
 * its cell shorthands, for cells of several lines (a person: name, function, numbers).
 */
export type { Block, Cell, Column } from '../../../../shared/document/blocks';

/** A cell of one or more lines. */
export const cell = (...lines: string[]): Cell => ({ text: lines.join('\n') });
/** A cell of one or more lines, the first in bold. */
export const strong = (...lines: string[]): Cell => ({ text: lines.join('\n'), strongFirst: true });
