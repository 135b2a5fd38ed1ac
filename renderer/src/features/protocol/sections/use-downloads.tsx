import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../../../shared/report/model';
import { call } from '../../../api/client';
import { fromBase64, saveBytes } from '../../../api/save-file';
import { useSubmit } from '../../../hooks/use-submit';
import { useAppStore } from '../../../state/app-store';

/**
 * Everything that hands a file to the user, with one busy flag and one status line. Files come
 * from the back end as the saved protocol; the desktop app shows a save dialog, the browser downloads.
 */
export function useDownloads() {
  const { t } = useTranslation('protocol');
  const host = useAppStore((s) => s.info?.host ?? 'web');
  const submit = useSubmit();
  const [saved, setSaved] = useState<string | null>(null);
  const status: { tone: 'ok' | 'error'; text: string } | null = submit.error
    ? { tone: 'error', text: submit.error }
    : saved
      ? { tone: 'ok', text: t('data.done', { name: saved }) }
      : null;

  const run = async (work: () => Promise<{ name: string; mime: string; bytes: Uint8Array }>) => {
    setSaved(null);
    const name = await submit.run(async () => {
      const file = await work();
      await saveBytes(file.name, file.mime, file.bytes, host);
      return file.name;
    });
    if (name !== undefined) setSaved(name);
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
    busy: submit.busy,
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
