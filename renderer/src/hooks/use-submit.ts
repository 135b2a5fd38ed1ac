import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useLocale } from '../i18n/use-locale';

export interface Submit {
  /** true while a task runs: buttons show it and are disabled */
  busy: boolean;
  /** the back end's words for the last failure, in the user's language */
  error: string | null;
  /**
   * Runs `task` unless one is already running; resolves to the task's value, or to `undefined` when
   * it failed or was refused as a double. Everything typed stays in the form on a failure.
   */
  run<T>(task: () => Promise<T>): Promise<T | undefined>;
  /** forgets the last failure, e.g. once the user starts to correct what was refused */
  clear(): void;
}

/**
 * The one submit guard of every form and dialog. A double click or a second Enter arrives before
 * React has re-rendered the disabled button, so the guard is a ref, not the `busy` state: in an
 * append-only journal a duplicate can only be corrected, never removed.
 */
export function useSubmit(): Submit {
  const lang = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const run = useCallback(
    async <T>(task: () => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        return await task();
      } catch (e) {
        setError(e instanceof ApiError ? e.text(lang) : String(e));
        return undefined;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [lang],
  );
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
