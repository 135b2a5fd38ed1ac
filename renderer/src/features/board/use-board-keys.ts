import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/app-store';

export type BoardKeyHandlers = Partial<
  Record<
    | 'next'
    | 'previous'
    | 'log'
    | 'na'
    | 'regulator'
    | 'edit'
    | 'knowledge'
    | 'media'
    | 'mediaRound'
    | 'escalation'
    | 'projector'
    | 'fullscreen',
    () => void
  >
>;

/**
 * Single keys for the board. Presenter remotes send PageDown / PageUp, so those walk the phases
 * too. Keys are ignored while typing in a field, while a dialog is open (it has its own keys),
 * and with Ctrl / Alt / Meta (Alt+digit belongs to the app's navigation).
 */
const KEYMAP: Record<string, keyof BoardKeyHandlers> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  l: 'log',
  n: 'na',
  r: 'regulator',
  e: 'edit',
  w: 'knowledge',
  m: 'media',
  '?': 'media',
  o: 'mediaRound',
  c: 'escalation',
  p: 'projector',
  f: 'fullscreen',
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A key that types a character (L, ?, …) rather than a named key (arrows, Page Down, Esc). */
export function isCharacterKey(key: string): boolean {
  return key.length === 1;
}

/**
 * The board's keys. With the setting "single-letter shortcuts" off (WCAG 2.1.4), only the named
 * keys work: a speech-input user saying "log" or a stray key press no longer opens anything.
 */
export function useBoardKeys(handlers: BoardKeyHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  const singleKeys = useAppStore((s) => s.settings?.singleKeyShortcuts ?? true);
  const singleKeysRef = useRef(singleKeys);
  singleKeysRef.current = singleKeys;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (!singleKeysRef.current && isCharacterKey(event.key)) return;
      const name = KEYMAP[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      const handler = name ? ref.current[name] : undefined;
      if (handler) {
        event.preventDefault();
        handler();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
