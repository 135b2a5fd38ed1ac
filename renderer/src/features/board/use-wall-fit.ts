import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { FIT_STEPS } from './wall-density';

/** Whether the wall's content runs past its screen: the matrix past its box, or the page itself. */
function overflows(root: HTMLElement): boolean {
  const wrap = root.querySelector<HTMLElement>('.board-matrix-wrap');
  const past = (el: HTMLElement) =>
    el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
  return past(root) || (wrap !== null && past(wrap));
}

/**
 * How many steps of detail the projector has to give up (FIT_STEPS) so that everything it shows
 * is whole. Measured in the page after each render, before it is painted, and again whenever the
 * matrix or the header change size (fonts arriving, the waiting strip wrapping); it starts from
 * the full board again when the data, the size setting or the screen change, so a quieter phase
 * or a bigger screen gets its detail back.
 */
export function useWallFit(root: RefObject<HTMLElement | null>, resetKey: unknown): number {
  const [screen, setScreen] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  const [fit, setFit] = useState<{ key: unknown; screen: string; level: number }>({
    key: resetKey,
    screen,
    level: 0,
  });
  // bumped when something changed size without a render; the layout effect then measures again
  const [, setRecheck] = useState(0);
  const current = fit.key === resetKey && fit.screen === screen;
  const level = current ? fit.level : 0;
  const levelNow = useRef(level);
  levelNow.current = level;

  useEffect(() => {
    const onResize = () => setScreen(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    if (overflows(el) && level < FIT_STEPS.length) setFit({ key: resetKey, screen, level: level + 1 });
    else if (!current) setFit({ key: resetKey, screen, level });
  });

  // a change of size that no render caused (a font loaded, a line wrapped): measure again
  useEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // one step per render: the layout effect measures the result of each before taking the next
    const observer = new ResizeObserver(() => {
      // at the last step there is nothing left to give up: measuring again would only loop
      if (levelNow.current < FIT_STEPS.length && overflows(el)) setRecheck((n) => n + 1);
    });
    for (const part of el.querySelectorAll('.board-matrix, .board-header, .board-strip-row'))
      observer.observe(part);
    return () => observer.disconnect();
  });
  return level;
}
