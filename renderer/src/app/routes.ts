import { useEffect, useState } from 'react';

export const SECTIONS = [
  'home',
  'protocol',
  'incidents',
  'board',
  'log',
  'reports',
  'settings',
  'about',
  'room',
  'exercise',
  'replay',
] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * What a colleague in the room sees in the navigation (issue 15); the back end refuses the rest
 * anyway, this only keeps them from pages they cannot use. The operator sees everything.
 */
export function sectionsFor(role: 'logger' | 'viewer' | 'projector' | null): readonly Section[] {
  if (role === null) return SECTIONS;
  if (role === 'logger') return ['incidents', 'board', 'log', 'about'];
  return ['board', 'log', 'about'];
}

/**
 * Alt+1 … Alt+9, then Alt+0 for the tenth section; sections after that have no shortcut (the
 * navigation shows no key for them). Counted within what the caller's role sees.
 */
export function shortcutKeyOf(index: number): string | null {
  if (index < 9) return String(index + 1);
  return index === 9 ? '0' : null;
}

export function indexOfShortcutKey(key: string): number {
  return key === '0' ? 9 : Number(key) - 1;
}

export interface Route {
  section: Section;
  /** the rest of the hash after the section, e.g. 'systems/abc' in #/protocol/systems/abc */
  rest: string[];
  /** the projector view: #/projector in Electron's second window, /board in the browser host */
  projector: boolean;
}

export function parseRoute(location: Pick<Location, 'hash' | 'pathname'>): Route {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const projector = location.pathname.endsWith('/board') || parts[0] === 'projector';
  const first = parts[0] as Section | undefined;
  const section = first && (SECTIONS as readonly string[]).includes(first) ? first : 'home';
  return { section, rest: parts.slice(1), projector };
}

export function hrefFor(section: Section, ...rest: string[]): string {
  return `#/${[section, ...rest].map(encodeURIComponent).join('/')}`;
}

export function navigate(section: Section, ...rest: string[]): void {
  window.location.hash = hrefFor(section, ...rest);
}

/** The current route; follows hash changes (links, back/forward, keyboard shortcuts). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
