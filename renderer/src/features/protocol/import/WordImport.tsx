import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocxPreview, ProtocolState } from '../../../../../shared/api/protocol-api';
import { localeOf } from '../../../../../shared/i18n/locale';
import { DOCX_TABLE_KINDS, type DocxTableKind } from '../../../../../shared/protocol/import/docx-model';
import { call } from '../../../api/client';
import type { ChosenFile } from './file-bytes';
import { ImportFilePicker } from './ImportFilePicker';
import { ImportMessage, useImportTask } from './import-message';

type Choice = DocxTableKind | 'ignore';

/**
 * The Word protocol import: choose a .docx, see what would come in (tables and their kind, what
 * was not understood with its cell, the readiness figure the result would have), map the tables
 * that were not recognised, choose merge or replace, confirm. Nothing is stored before the confirm.
 */
export function WordImport({
  disabled,
  onImported,
}: {
  disabled: boolean;
  onImported(state: ProtocolState): void;
}) {
  const { t, i18n } = useTranslation('protocol');
  const language = localeOf(i18n.language);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [preview, setPreview] = useState<DocxPreview | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const { busy, message, run, setDone } = useImportTask();

  const load = (next: ChosenFile, tableKinds: Record<string, Choice>) =>
    run(async () => {
      try {
        setPreview(
          await call('protocol.previewDocx', { fileName: next.name, base64: next.base64, tableKinds }),
        );
      } catch (error) {
        setPreview(null); // a file that cannot be read has no preview
        throw error;
      }
    });

  const choose = (index: number, value: string) => {
    const next = { ...choices, [String(index)]: value as Choice };
    setChoices(next);
    if (file) void load(file, next);
  };

  const confirm = async () => {
    if (!file || !preview) return;
    const state = await run(() =>
      call('protocol.importDocx', {
        fileName: file.name,
        base64: file.base64,
        tableKinds: choices,
        mode: preview.currentHasContent ? mode : 'replace',
        confirm: true,
      }),
    );
    if (!state) return;
    onImported(state);
    setPreview(null);
    setFile(null);
    setDone(t('import.importedWord', { met: state.readiness.met, checks: state.readiness.checks }));
  };

  const readiness = preview ? preview.readiness[preview.currentHasContent ? mode : 'replace'] : null;
  const where = (n: DocxPreview['notUnderstood'][number]) => {
    if (n.table === null) return t('import.wherePara');
    const row = n.row === 0 ? t('import.headerRow') : t('import.row', { n: n.row });
    if (n.row === null) return t('import.whereTable', { table: n.table + 1 });
    if (n.column === null) return t('import.whereRow', { table: n.table + 1, row });
    return t('import.where', { table: n.table + 1, row, column: n.column + 1 });
  };

  return (
    <section aria-labelledby="imp-word" className="imp-block">
      <h3 id="imp-word">{t('import.wordHeading')}</h3>
      <p className="muted">{t('import.wordIntro')}</p>
      <ImportFilePicker
        id="imp-docx"
        label={t('import.chooseDocx')}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={disabled}
        busy={busy}
        onFile={async (next) => {
          setFile(next);
          setChoices({});
          await load(next, {});
        }}
      />
      {preview && readiness ? (
        <div className="imp-preview" data-testid="docx-preview">
          <h4>
            {t('import.previewHeading')}
            {file ? ` — ${file.name}` : ''}
          </h4>
          <p className="pe-figure" data-testid="docx-readiness">
            <meter min={0} max={readiness.checks} value={readiness.met} aria-hidden="true" />{' '}
            {t('import.figureAfter', { met: readiness.met, checks: readiness.checks })}
          </p>
          <p>{t('import.counts', preview.counts)}</p>

          <h4>{t('import.tablesHeading')}</h4>
          <table className="imp-table">
            <thead>
              <tr>
                <th scope="col">{t('import.tableColumn')}</th>
                <th scope="col">{t('import.rowsColumn')}</th>
                <th scope="col">{t('import.kindColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.tables.map((table) => {
                const title = table.header[0] || table.heading;
                return (
                  <tr key={table.index} className={table.source === 'none' ? 'imp-row--open' : undefined}>
                    <th scope="row">
                      {t('import.tableLabel', { n: table.index + 1, title })}
                      {table.heading && table.heading !== title ? (
                        <span className="muted imp-sub">{table.heading}</span>
                      ) : null}
                    </th>
                    <td>{table.rows}</td>
                    <td>
                      <select
                        aria-label={t('import.kindFor', { n: table.index + 1 })}
                        value={table.source === 'ignored' ? 'ignore' : (table.kind ?? '')}
                        disabled={disabled || busy}
                        onChange={(e) => choose(table.index, e.target.value)}
                      >
                        {table.kind === null && table.source !== 'ignored' ? (
                          <option value="">{t('import.chooseKind')}</option>
                        ) : null}
                        {DOCX_TABLE_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`import.kinds.${kind}`)}
                          </option>
                        ))}
                        <option value="ignore">{t('import.ignore')}</option>
                      </select>{' '}
                      <span className="muted">
                        {table.source === 'recognised'
                          ? t('import.recognised')
                          : table.source === 'chosen'
                            ? t('import.chosen')
                            : ''}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          {preview.facts.length > 0 ? (
            <>
              <h4>{t('import.factsHeading')}</h4>
              <ul>
                {preview.facts.map((f) => (
                  <li key={f.field}>
                    {f.label}: <strong>{f.value}</strong>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <h4>{t('import.notUnderstoodHeading', { count: preview.notUnderstood.length })}</h4>
          {preview.notUnderstood.length === 0 ? (
            <p className="pe-status pe-status--ok">{t('import.nothingMissed')}</p>
          ) : (
            <ul className="imp-missed" data-testid="docx-not-understood">
              {preview.notUnderstood.map((n) => (
                <li key={`${n.table}-${n.row}-${n.column}-${n.text}`}>
                  <strong>{where(n)}</strong>: ‘{n.text}’ — {n.reason[language]}
                </li>
              ))}
            </ul>
          )}

          {preview.currentHasContent ? (
            <fieldset className="imp-mode">
              <legend>{t('import.modeLegend')}</legend>
              <label>
                <input
                  type="radio"
                  name="imp-mode"
                  checked={mode === 'merge'}
                  onChange={() => setMode('merge')}
                />{' '}
                {t('import.modeMerge')}
              </label>
              <label>
                <input
                  type="radio"
                  name="imp-mode"
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />{' '}
                {t('import.modeReplace')}
              </label>
            </fieldset>
          ) : null}
          <div className="pe-actions">
            <button type="button" disabled={disabled || busy} onClick={() => void confirm()}>
              {t('import.confirmWord')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => {
                setPreview(null);
                setFile(null);
              }}
            >
              {t('import.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <ImportMessage message={message} />
    </section>
  );
}
