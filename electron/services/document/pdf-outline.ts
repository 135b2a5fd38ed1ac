import type { ContentText } from 'pdfmake/interfaces';

/**
 * Bookmarks: every level-1 and level-2 heading becomes an outline item, a level 2 under the level 1
 * before it, so a reader can jump to any section from the viewer's sidebar. One per document.
 */
export class PdfOutline {
  private n = 0;
  private parent: string | null = null;

  /** A heading node (style h1/h2/h3) with its bookmark. */
  heading(level: 1 | 2 | 3, text: string): ContentText {
    if (level === 3) return { text, style: 'h3' };
    const id = `o${++this.n}`;
    const parentId = level === 2 ? this.parent : null;
    if (level === 1) this.parent = id;
    return {
      text,
      style: `h${level}`,
      outline: true,
      // pdfmake 0.3 files an item under the item whose node `id` equals its outlineParentId
      // (@types/pdfmake does not know outlineParentId yet)
      id,
      ...(parentId ? { outlineParentId: parentId } : {}),
    } as ContentText;
  }
}
