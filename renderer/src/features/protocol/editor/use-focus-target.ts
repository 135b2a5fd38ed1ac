import { useEffect } from 'react';
import { domId, type FieldTarget } from './targets';

/** The element a target names, or the nearest thing to it: the item, then the section. */
function findTarget(t: FieldTarget): HTMLElement | null {
  const exact = document.getElementById(domId(t));
  if (exact) return exact;
  const prefixes = [t.itemId ? `pf-${t.section}-${t.itemId}-` : null, `pf-${t.section}-`].filter(Boolean);
  for (const prefix of prefixes) {
    const el = document.querySelector<HTMLElement>(`.pe-body [id^="${prefix}"]`);
    if (el) return el;
  }
  return null;
}

/**
 * Focuses the field a route points at (#/protocol/systems/<id>/deputyId), after the tab has
 * rendered. Runs again whenever the route changes, so every readiness link lands on its field.
 */
export function useFocusTarget(target: FieldTarget | null, ready: boolean, routeKey: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: routeKey carries the target's identity
  useEffect(() => {
    if (!ready || !target) return;
    const frame = requestAnimationFrame(() => {
      const el = findTarget(target);
      if (!el) return;
      const details = el.closest('details');
      if (details && !details.open) details.open = true;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, routeKey]);
}
