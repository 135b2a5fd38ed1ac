import type { Block } from '../../../shared/report/blocks';
import type { ReportSection } from '../../../shared/report/model';

/**
 * The blocks both renderers draw for a section. The appendix's title and integrity statement flow
 * on after the last chapter instead of after a page break: the PDF's log starts on a fresh page
 * anyway (pdf-appendix.ts), so the break left a page holding only that title and statement.
 */
export function bodyBlocks(section: ReportSection): Block[] {
  return section.id === 'appendix' ? section.blocks.filter((b) => b.kind !== 'pageBreak') : section.blocks;
}
