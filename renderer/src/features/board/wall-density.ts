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
}

export const OPERATOR_LIMITS: WallLimits = { density: 'full', contacts: null };

export function wallLimits(scale: number): WallLimits {
  if (scale <= 1.1) return { density: 'full', contacts: 2 };
  if (scale <= 1.6) return { density: 'compact', contacts: 1 };
  return { density: 'minimal', contacts: 1 };
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
