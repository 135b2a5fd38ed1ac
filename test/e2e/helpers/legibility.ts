import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * What a reader at the back of the room gets, measured in the real page: the sizes of all
 * visible text, its contrast against what is really behind it, and whether the page scrolls.
 * Text that is visually hidden for screen readers (1px clip) or outside the screen is not counted
 * as "visible"; text that is cut off by its box is reported as clipped.
 */
export interface TextSample {
  text: string;
  fontPx: number;
  contrast: number;
  /** a CSS path-ish label of the element, for the failure message */
  where: string;
  clipped: boolean;
}

export interface Legibility {
  scrollHeight: number;
  scrollWidth: number;
  innerHeight: number;
  innerWidth: number;
  samples: TextSample[];
  minFontPx: number;
  /** the share of all visible characters at `bigPx` or more */
  shareAtLeast(bigPx: number): number;
}

export async function measureLegibility(page: Page, root = 'body'): Promise<Legibility> {
  const raw = await page.evaluate((rootSelector) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m) return null;
      const parts = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    /** the colour really behind an element: its own background over its ancestors', with opacity */
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg[3] > 0) layers.push(bg);
        if (bg && bg[3] >= 1) break;
      }
      let result: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const opacityOf = (el: Element): number => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const label = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 3; e = e.parentElement) {
        parts.unshift(
          e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : e.tagName,
        );
      }
      return parts.join(' > ');
    };
    /** cut off by an ancestor that hides its overflow */
    const clippedBy = (el: Element, rect: DOMRect) => {
      for (let e: Element | null = el.parentElement; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = e.getBoundingClientRect();
        if (rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.top < box.top - 1) return true;
      }
      return false;
    };
    const rootEl = document.querySelector(rootSelector) ?? document.body;
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    const samples: Array<{
      text: string;
      fontPx: number;
      contrast: number;
      where: string;
      clipped: boolean;
    }> = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue;
      // screen-reader-only text: in a 1px box that clips it away
      let srOnly = false;
      for (let e: Element | null = el; e && !srOnly; e = e.parentElement) {
        const box = e.getBoundingClientRect();
        srOnly = box.width <= 1 && box.height <= 1 && getComputedStyle(e).overflow !== 'visible';
      }
      if (srOnly) continue;
      if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) continue;
      const opacity = opacityOf(el);
      if (opacity === 0) continue;
      const bg = backgroundOf(el);
      const fgRaw = parse(style.color) ?? [0, 0, 0, 1];
      const fg = over([fgRaw[0], fgRaw[1], fgRaw[2], fgRaw[3] * opacity], bg);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
      samples.push({
        text: text.slice(0, 60),
        fontPx: Number.parseFloat(style.fontSize),
        contrast: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
        where: label(el),
        clipped: clippedBy(el, rect),
      });
    }
    const doc = document.documentElement;
    return {
      scrollHeight: doc.scrollHeight,
      scrollWidth: doc.scrollWidth,
      innerHeight,
      innerWidth,
      samples,
    };
  }, root);
  const totalChars = raw.samples.reduce((n, s) => n + s.text.length, 0);
  return {
    ...raw,
    minFontPx: Math.min(...raw.samples.map((s) => s.fontPx)),
    shareAtLeast(bigPx: number) {
      const big = raw.samples.filter((s) => s.fontPx >= bigPx).reduce((n, s) => n + s.text.length, 0);
      return totalChars === 0 ? 0 : big / totalChars;
    },
  };
}

const require = createRequire(import.meta.url);

/** axe-core's findings of impact serious or critical (WCAG 2.x A and AA rules). */
export async function seriousAxeViolations(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
  // evaluated through the DevTools protocol: the page's CSP (script-src 'self') rightly refuses a
  // script tag, and the test must not loosen it
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
