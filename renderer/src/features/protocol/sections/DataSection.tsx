import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolState } from '../../../../../shared/api/protocol-api';
import { localeOf } from '../../../../../shared/i18n/locale';
import { call } from '../../../api/client';
import { hrefFor } from '../../../app/routes';
import { useSubmit } from '../../../hooks/use-submit';
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
  // one guard for both ways of replacing the protocol (a JSON file, the sample): one at a time
  const submit = useSubmit();
  const busy = submit.busy;
  const [done, setDone] = useState<string | null>(null);
  const result: { tone: 'ok' | 'error'; text: string } | null = submit.error
    ? { tone: 'error', text: submit.error }
    : done
      ? { tone: 'ok', text: done }
      : null;
  const replace = async (load: () => Promise<ProtocolState>, doneText: string): Promise<boolean> => {
    setDone(null);
    const state = await submit.run(load);
    if (!state) return false;
    onReplaced(state);
    setDone(doneText);
    return true;
  };

  const importJson = async (file: File) => {
    if (!window.confirm(t('data.importJsonConfirm'))) return;
    await replace(
      async () => call('protocol.importJson', { text: await file.text() }),
      t('data.importedJson'),
    );
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
        onConfirm={() =>
          replace(() => call('protocol.loadSample', { confirm: true }), t('data.sampleLoaded'))
        }
      />
    </section>
  );
}
