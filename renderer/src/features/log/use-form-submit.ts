import { useState } from 'react';

/**
 * The save cycle every log form shares: errors show only after the first try, a second Enter
 * while the entry is on its way does not log it twice, and the dialog closes only once the entry
 * is on disk — on an error everything typed stays.
 */
export function useFormSubmit(onClose: () => void) {
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(valid: boolean, save: () => Promise<boolean>): Promise<void> {
    setTried(true);
    if (!valid || busy) return;
    setBusy(true);
    const ok = await save();
    setBusy(false);
    if (ok) onClose();
  }
  return { tried, busy, submit };
}
