import { useEffect } from 'react';

/**
 * Ctrl+S (Cmd+S) saves. The focused field is left first, so a phone number still being typed is
 * normalised, and the save runs on the next tick, after that last change has landed in the draft.
 */
export function useSaveShortcut(save: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      const active = document.activeElement;
      if (active instanceof HTMLElement) active.blur();
      setTimeout(() => {
        save();
        if (active instanceof HTMLElement && active.isConnected) active.focus();
      }, 0);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, enabled]);
}
