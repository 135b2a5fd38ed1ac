/**
 * The report's section builders draw with the one document model (shared/document/blocks.ts);
 * this module keeps their import path (and the log appendix's) unchanged.
 */
export type { Block, Cell, Column, LogLine, Tone } from '../document/blocks';
export { cell } from '../document/blocks';
