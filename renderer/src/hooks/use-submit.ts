import { useState } from 'react';
import { ApiError } from '../api/client';
import { useLang } from '../features/board/lang';

/** Runs a dialog's save, keeps the button disabled meanwhile, and shows the back end's words on failure. */
export function useSubmit(): {
  busy: boolean;
  error: string | null;
  run(task: () => Promise<void>): Promise<void>;
} {
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(task: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(e instanceof ApiError ? e.text(lang) : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
