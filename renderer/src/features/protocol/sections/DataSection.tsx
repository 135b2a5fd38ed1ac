import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolState } from '../../../../../shared/api/protocol-api';
import { localeOf } from '../../../../../shared/i18n/locale';
import { ApiError, call } from '../../../api/client';
import { hrefFor } from '../../../app/routes';
import { usePrintClassification } from '../PrintClassification';
import { SampleLoader } from './SampleLoader';
import { useDownloads } from './use-downloads';

/** Moving the protocol in and out: print, call list, the whole file, the demo (contacts: the import tab). */
export function DataSection({
  dirty,
  readOnly,
  onReplaced,
}: {
  dirty: boolean;
  readOnly: boolean;
  onReplaced(state: ProtocolState): void;
}) {
  const { t, i18n } = useTranslation('protocol');
  const downloads = useDownloads();
  const classification = usePrintClassification();
  const [language, setLanguage] = useState<'nl' | 'en'>(localeOf(i18n.language));
  const [result, setResult] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (error: unknown) =>
    setResult({ tone: 'error', text: error instanceof ApiError ? error.text(i18n.language) : String(error) });

  const importJson = async (file: File) => {
    if (!window.confirm(t('data.importJsonConfirm'))) return;
    setBusy(true);
    setResult(null);
    try {
      onReplaced(await call('protocol.importJson', { text: await file.text() }));
      setResult({ tone: 'ok', text: t('data.importedJson') });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="pe-data">
      <h2 id="pe-data">{t('data.heading')}</h2>
      {dirty ? <p className="banner banner--warning">{t('data.saveFirst')}</p> : null}
      <p>
        {t('data.templatesIntro')} <a href={hrefFor('log', 'templates')}>{t('data.templatesLink')}</a>
      </p>

      <h3>{t('data.printHeading')}</h3>
      <p className="muted">{t('data.printIntro')}</p>
      <div className="pe-actions">
        <label className="field pe-field" htmlFor="pe-print-lang">
          <span>{t('data.language')}</span>
          <select id="pe-print-lang" value={language} onChange={(e) => setLanguage(localeOf(e.target.value))}>
            <option value="nl">{t('data.languages.nl')}</option>
            <option value="en">{t('data.languages.en')}</option>
          </select>
        </label>
        {classification.select}
        <button
          type="button"
          disabled={downloads.busy}
          onClick={() => void downloads.print('docx', language, classification.value)}
        >
          {t('data.printDocx')}
        </button>
        <button
          type="button"
          disabled={downloads.busy}
          onClick={() => void downloads.print('pdf', language, classification.value)}
        >
          {t('data.printPdf')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={downloads.busy}
          onClick={() => void downloads.callList(language, classification.value)}
        >
          {t('data.callList')}
        </button>
      </div>
      {downloads.busy ? <p role="status">{t('data.working')}</p> : downloads.message}

      <h3>{t('data.jsonHeading')}</h3>
      <p className="muted">{t('data.jsonIntro')}</p>
      <div className="pe-actions">
        <button
          type="button"
          className="secondary"
          disabled={downloads.busy}
          onClick={() => void downloads.exportJson()}
        >
          {t('data.exportJson')}
        </button>
        <label className="pe-file" htmlFor="pe-import-json">
          <span>{t('data.importJson')}</span>
          <input
            id="pe-import-json"
            type="file"
            accept=".json,application/json"
            disabled={readOnly || busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importJson(file);
            }}
          />
        </label>
      </div>

      <h3>{t('data.contactsHeading')}</h3>
      <p>
        {t('data.contactsMoved')} <a href={hrefFor('protocol', 'import')}>{t('tabs.import')}</a>.
      </p>
      {result ? (
        <p
          className={result.tone === 'ok' ? 'pe-status pe-status--ok' : 'field-error'}
          role={result.tone === 'ok' ? 'status' : 'alert'}
        >
          {result.text}
        </p>
      ) : null}

      <h3>{t('data.sampleHeading')}</h3>
      <p className="muted">{t('data.sampleIntro')}</p>
      <SampleLoader
        disabled={readOnly || busy}
        onLoaded={(state) => {
          onReplaced(state);
          setResult({ tone: 'ok', text: t('data.sampleLoaded') });
        }}
        onError={fail}
      />
    </section>
  );
}
