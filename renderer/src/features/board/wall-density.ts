import { createContext, useContext } from 'react';

/**
 * How much the projector shows: with larger text (the size setting) it gives detail up before it
 * scrolls or overlaps. The operator's board shows everything (null limits).
 */
export type Density = 'full' | 'compact' | 'minimal';

export interface WallLimits {
  density: Density;
  /** who-to-reach lines per audience before "+3 meer" */
  contacts: number | null;
  /** whether a contact line names its channels */
  channels: boolean;
  /** whether an action's status line adds its details (time, late, promised update) */
  details: boolean;
  /** whether the actions go by their short wall names (wall-labels.ts) */
  shortLabels: boolean;
  /** actions spelled out per audience before "+2 meer" (the open ones first); null: all */
  actions: number | null;
}

export const OPERATOR_LIMITS: WallLimits = {
  density: 'full',
  contacts: null,
  channels: true,
  details: true,
  shortLabels: false,
  actions: null,
};

export function wallLimits(scale: number): WallLimits {
  const base = { channels: true, details: true, shortLabels: false, actions: null };
  if (scale <= 1.1) return { ...base, density: 'full', contacts: 2 };
  if (scale <= 1.6) return { ...base, density: 'compact', contacts: 1 };
  return { ...base, density: 'minimal', contacts: 1 };
}

/**
 * When the current phase still does not fit (big text, a small beamer, a busy phase, the
 * waiting strip on two lines), the wall gives up one more piece of detail at a time, least
 * needed first, until it does: every block it shows is whole, none is cut at the screen's edge.
 * `css` names go into the projector's data-fit attribute (projector.css hides by them).
 */
export const FIT_STEPS: readonly { css?: string; limits?: Partial<WallLimits> }[] = [
  { limits: { contacts: 1 } },
  { css: 'marks' },
  { limits: { channels: false } },
  { css: 'past' },
  { css: 'visibility', limits: { details: false } },
  { limits: { shortLabels: true } },
  { css: 'steps' },
  { css: 'header' },
  { limits: { contacts: 0 } },
  { limits: { actions: 3 } },
  { limits: { actions: 2 } },
  { limits: { actions: 1 } },
];

/** The limits and the data-fit attribute after `level` steps of the ladder. */
export function fittedLimits(base: WallLimits, level: number): { limits: WallLimits; css: string } {
  let limits = base;
  const css: string[] = [];
  for (const step of FIT_STEPS.slice(0, level)) {
    if (step.css) css.push(step.css);
    if (step.limits) {
      const next = { ...limits, ...step.limits };
      // a step never gives back what the size setting already took away
      if (limits.contacts !== null && next.contacts !== null)
        next.contacts = Math.min(limits.contacts, next.contacts);
      if (limits.actions !== null && next.actions !== null)
        next.actions = Math.min(limits.actions, next.actions);
      limits = next;
    }
  }
  return { limits, css: css.join(' ') };
}

export const WallLimitsContext = createContext<WallLimits>(OPERATOR_LIMITS);

export function useWallLimits(): WallLimits {
  return useContext(WallLimitsContext);
}

/**
 * An organisation's name as the wall shows it: "Vereniging van Gemeentelijke Uitvoerders (VGU)"
 * takes five lines of a projector column, "VGU" one; the protocol's own abbreviation is used.
 */
export function wallName(name: string): string {
  const abbreviation = /\(([^()]{2,12})\)\s*$/.exec(name)?.[1]?.trim();
  return abbreviation && abbreviation.length > 0 ? abbreviation : name;
}

/** A summary cut at a word to about `limit` characters: the wall shows the gist, the laptop all. */
export function shortened(text: string, limit: number | undefined): string {
  if (limit === undefined || text.length <= limit) return text;
  const cut = text.slice(0, limit + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : text.slice(0, limit)).replace(/[\s:;,.]+$/, '')}…`;
}
