import { useState } from 'react';
import { useSubmit } from '../../../hooks/use-submit';

export type ImportMessageState = { tone: 'ok' | 'error'; text: string } | null;

/**
 * The steps of an import (read the file, map, confirm), one at a time through the one submit
 * guard, and the one line under it that says what happened; both imports (Word, contacts) use it.
 */
export function useImportTask() {
  const submit = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const message: ImportMessageState = submit.error
    ? { tone: 'error', text: submit.error }
    : done
      ? { tone: 'ok', text: done }
      : null;
  /** runs one step (refused while another runs); resolves to its value, undefined on a failure */
  const run = <T,>(task: () => Promise<T>): Promise<T | undefined> => {
    setDone(null);
    return submit.run(task);
  };
  return { busy: submit.busy, message, run, setDone };
}

export function ImportMessage({ message }: { message: ImportMessageState }) {
  if (!message) return null;
  return (
    <p
      className={message.tone === 'ok' ? 'pe-status pe-status--ok' : 'field-error'}
      role={message.tone === 'ok' ? 'status' : 'alert'}
    >
      {message.text}
    </p>
  );
}
