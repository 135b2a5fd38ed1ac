import type { Page } from '@playwright/test';

/**
 * Every block of the current phase's row that is not whole on the screen, measured in the page:
 * a box outside the viewport, outside its cell or outside the matrix's visible box (which hides
 * what runs past it), and any element whose text is cut by its own overflow (scrollHeight larger
 * than clientHeight). An empty list means everything the row shows can be read to the end.
 */
export async function clippedInCurrentRow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const wrap = document.querySelector('.board-matrix-wrap')?.getBoundingClientRect();
    const inside = (r: DOMRect, box: { left: number; top: number; right: number; bottom: number }) =>
      r.left >= box.left - 0.5 &&
      r.top >= box.top - 0.5 &&
      r.right <= box.right + 0.5 &&
      r.bottom <= box.bottom + 0.5;
    const name = (el: Element) =>
      `${el.className || el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const cells = Array.from(document.querySelectorAll<HTMLElement>('.phase-row--current > td'));
    if (cells.length === 0) problems.push('no current row');
    for (const cell of cells) {
      const cellBox = cell.getBoundingClientRect();
      if (cell.scrollHeight > cell.clientHeight + 1 || cell.scrollWidth > cell.clientWidth + 1)
        problems.push(`cell ${cell.dataset.audience}: content larger than the cell`);
      for (const el of [cell, ...Array.from(cell.querySelectorAll<HTMLElement>('*'))]) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not shown (display: none)
        const style = getComputedStyle(el);
        if (style.position === 'absolute' && style.clipPath !== 'none') continue; // screen-reader text
        if (!inside(r, { left: 0, top: 0, right: vw, bottom: vh }))
          problems.push(`${name(el)} outside the screen`);
        if (wrap && !inside(r, wrap)) problems.push(`${name(el)} cut off by the matrix's box`);
        if (el !== cell && !inside(r, cellBox)) problems.push(`${name(el)} outside its cell`);
        if (
          style.overflow !== 'visible' &&
          (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        )
          problems.push(`${name(el)} cut by its overflow`);
      }
    }
    return problems;
  });
}
