import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../../../shared/report/model';
import { ApiError, call } from '../../../api/client';
import { fromBase64, saveBytes } from '../../../api/save-file';
import { useAppStore } from '../../../state/app-store';

/**
 * Everything that hands a file to the user, with one busy flag and one status line. Files come
 * from the back end as the saved protocol; the desktop app shows a save dialog, the browser downloads.
 */
export function useDownloads() {
  const { t, i18n } = useTranslation('protocol');
  const host = useAppStore((s) => s.info?.host ?? 'web');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const run = async (work: () => Promise<{ name: string; mime: string; bytes: Uint8Array }>) => {
    setBusy(true);
    setStatus(null);
    try {
      const file = await work();
      await saveBytes(file.name, file.mime, file.bytes, host);
      setStatus({ tone: 'ok', text: t('data.done', { name: file.name }) });
    } catch (error) {
      setStatus({
        tone: 'error',
        text: error instanceof ApiError ? error.text(i18n.language) : String(error),
      });
    } finally {
      setBusy(false);
    }
  };
  const text = (s: string) => new TextEncoder().encode(s);

  const message: ReactNode = status ? (
    <p
      className={status.tone === 'ok' ? 'pe-status pe-status--ok' : 'field-error'}
      role={status.tone === 'ok' ? 'status' : 'alert'}
    >
      {status.text}
    </p>
  ) : null;

  return {
    busy,
    message,
    print: (format: 'docx' | 'pdf', language: 'nl' | 'en', classification?: Classification) =>
      run(async () => {
        const r = await call('protocol.print', { format, language, classification });
        return { name: r.fileName, mime: r.mime, bytes: fromBase64(r.base64) };
      }),
    callList: (language: 'nl' | 'en', classification?: Classification) =>
      run(async () => {
        const r = await call('protocol.callListCsv', { language, classification });
        return { name: r.fileName, mime: r.mime, bytes: text(r.csv) };
      }),
    exportJson: () =>
      run(async () => {
        const r = await call('protocol.exportJson', {});
        return { name: r.fileName, mime: r.mime, bytes: text(r.json) };
      }),
    ics: (yearly: boolean, language: 'nl' | 'en' = 'nl') =>
      run(async () => {
        const r = await call('protocol.ics', { yearly, language });
        return { name: r.fileName, mime: r.mime, bytes: fromBase64(r.base64) };
      }),
  };
}
