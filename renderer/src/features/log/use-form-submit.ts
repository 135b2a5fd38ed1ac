import { useState } from 'react';
import { useSubmit } from '../../hooks/use-submit';

/**
 * The save cycle every log form shares: errors show only after the first try, a second Enter
 * while the entry is on its way does not log it twice (the shared submit guard), and the dialog
 * closes only once the entry is on disk — on an error everything typed stays.
 */
export function useFormSubmit(onClose: () => void) {
  const [tried, setTried] = useState(false);
  const { busy, run } = useSubmit();
  async function submit(valid: boolean, save: () => Promise<boolean>): Promise<void> {
    setTried(true);
    if (!valid) return;
    if (await run(save)) onClose();
  }
  return { tried, busy, submit };
}
