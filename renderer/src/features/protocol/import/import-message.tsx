import { useCallback, useState } from 'react';
import { ApiError } from '../../../api/client';

export type ImportMessageState = { tone: 'ok' | 'error'; text: string } | null;

/** The one line under an import that says what happened; both imports (Word, contacts) use it. */
export function useImportMessage(language: 'nl' | 'en') {
  const [message, setMessage] = useState<ImportMessageState>(null);
  const fail = useCallback(
    (error: unknown) =>
      setMessage({ tone: 'error', text: error instanceof ApiError ? error.text(language) : String(error) }),
    [language],
  );
  return { message, setMessage, fail };
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
