import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactsPreview, ProtocolState } from '../../../../../shared/api/protocol-api';
import { byLocale, localeOf } from '../../../../../shared/i18n/locale';
import {
  CONTACT_FIELDS,
  type ColumnMapping,
  type ContactField,
} from '../../../../../shared/protocol/import/csv-columns';
import { displayPhone } from '../../../../../shared/protocol/phone';
import { call } from '../../../api/client';
import type { ChosenFile } from './file-bytes';
import { ImportFilePicker } from './ImportFilePicker';
import { ImportMessage, useImportTask } from './import-message';

/**
 * Contacts from Outlook, Google, Apple, a spreadsheet or a vCard: the file is decoded and read by
 * the back end; here the user sees how it was read, maps the columns (always possible, required
 * for an unknown layout), sees every person with what needs a look, ticks the duplicates to merge
 * and imports.
 */
export function ContactsImport({
  disabled,
  onImported,
}: {
  disabled: boolean;
  onImported(state: ProtocolState): void;
}) {
  const { t, i18n } = useTranslation('protocol');
  const language = localeOf(i18n.language);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[] | undefined>(undefined);
  const [preview, setPreview] = useState<ContactsPreview | null>(null);
  const [merge, setMerge] = useState<Set<number>>(new Set());
  const { busy, message, run, setDone } = useImportTask();

  const load = (next: ChosenFile, nextMapping: ColumnMapping[] | undefined) =>
    run(async () => {
      try {
        const result = await call('protocol.previewContacts', {
          fileName: next.name,
          base64: next.base64,
          mapping: nextMapping,
        });
        setPreview(result);
        // a duplicate is offered for merging, ticked by default: the same person should be one person
        setMerge(new Set(result.people.filter((p) => p.duplicateOf !== null).map((p) => p.index)));
      } catch (error) {
        setPreview(null); // a file that cannot be read has no preview
        throw error;
      }
    });

  const setField = (column: number, field: ContactField) => {
    if (!preview || !file) return;
    const next = preview.mapping.map((m) => (m.column === column ? { column, field } : m));
    if (!next.some((m) => m.column === column)) next.push({ column, field });
    setMapping(next);
    void load(file, next);
  };

  const confirm = async () => {
    if (!file || !preview) return;
    const result = await run(() =>
      call('protocol.importContacts', {
        fileName: file.name,
        base64: file.base64,
        mapping: preview.format === 'csv' ? preview.mapping : undefined,
        merge: [...merge],
      }),
    );
    if (!result) return;
    onImported(result.state);
    setPreview(null);
    setFile(null);
    setDone(
      t('import.contactsDone', {
        added: result.added.length,
        merged: result.merged.length,
        skipped: result.skipped.length,
      }),
    );
  };

  const count = preview
    ? preview.people.filter((p) => p.duplicateOf === null || merge.has(p.index)).length
    : 0;

  return (
    <section aria-labelledby="imp-contacts" className="imp-block">
      <h3 id="imp-contacts">{t('import.contactsHeading')}</h3>
      <p className="muted">{t('import.contactsIntro')}</p>
      <ImportFilePicker
        id="imp-contacts-file"
        label={t('import.chooseContacts')}
        accept=".csv,.txt,.vcf,.vcard,text/csv,text/vcard,text/plain"
        disabled={disabled}
        busy={busy}
        onFile={async (next) => {
          setFile(next);
          setMapping(undefined);
          await load(next, undefined);
        }}
      />
      {preview ? (
        <div className="imp-preview" data-testid="contacts-preview">
          {file ? <h4>{file.name}</h4> : null}
          <p data-testid="contacts-detected">
            {preview.format === 'csv'
              ? t('import.detectedCsv', {
                  profile: t(`import.profiles.${preview.profile}`),
                  encoding: preview.encoding.toUpperCase(),
                  delimiter: preview.delimiter === '\t' ? 'tab' : preview.delimiter,
                })
              : t('import.detected', {
                  profile: t(`import.profiles.${preview.profile}`),
                  encoding: preview.encoding.toUpperCase(),
                })}
          </p>
          {preview.format === 'csv' ? (
            <details open={preview.needsMapping || mapping !== undefined}>
              <summary>{t('import.mappingHeading')}</summary>
              {preview.needsMapping || preview.profile === 'other' ? (
                <p className="banner banner--info">{t('import.mappingNeeded')}</p>
              ) : null}
              <table className="imp-table">
                <thead>
                  <tr>
                    <th scope="col">{t('import.columnHeader')}</th>
                    <th scope="col">{t('import.firstValues')}</th>
                    <th scope="col">{t('import.fieldColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.headers.map((header, column) => {
                    const field = preview.mapping.find((m) => m.column === column)?.field ?? 'ignore';
                    const values = preview.sampleRows
                      .map((r) => r[column] ?? '')
                      .filter(Boolean)
                      .slice(0, 3);
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions in the file
                      <tr key={column}>
                        <th scope="row">{header || `#${column + 1}`}</th>
                        <td className="imp-values">{values.join(' · ')}</td>
                        <td>
                          <select
                            aria-label={t('import.fieldFor', { name: header || column + 1 })}
                            value={field}
                            disabled={busy}
                            onChange={(e) => setField(column, e.target.value as ContactField)}
                          >
                            {CONTACT_FIELDS.map((f) => (
                              <option key={f} value={f}>
                                {t(`import.fields.${f}`)}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </details>
          ) : null}

          <h4>{t('import.peopleHeading', { count: preview.people.length })}</h4>
          <table className="imp-table" data-testid="contacts-people">
            <thead>
              <tr>
                <th scope="col">{t('import.nameColumn')}</th>
                <th scope="col">{t('import.numbersColumn')}</th>
                <th scope="col">{t('import.notesColumn')}</th>
                <th scope="col">{t('import.statusColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.people.map(({ index, person, flagged, duplicateOf }) => (
                <tr key={index}>
                  <th scope="row">
                    {person.name}
                    <span className="muted imp-sub">
                      {[person.role, person.organisation].filter(Boolean).join(', ')}
                    </span>
                  </th>
                  <td>
                    {[person.mobilePhone ?? '', person.workPhone, person.privatePhone]
                      .filter(Boolean)
                      .map(displayPhone)
                      .join(' · ')}
                    <span className="muted imp-sub">{person.email}</span>
                  </td>
                  <td className="imp-notes">{person.notes ?? ''}</td>
                  <td>
                    {flagged ? <p className="imp-flag">⚠ {t('import.flagged')}</p> : null}
                    {duplicateOf ? (
                      <label className="imp-merge">
                        <input
                          type="checkbox"
                          checked={merge.has(index)}
                          onChange={(e) => {
                            const next = new Set(merge);
                            if (e.target.checked) next.add(index);
                            else next.delete(index);
                            setMerge(next);
                          }}
                        />{' '}
                        {t('import.mergeLabel')}:{' '}
                        {duplicateOf.where === 'registry'
                          ? t('import.duplicateRegistry', { name: duplicateOf.name })
                          : t('import.duplicateFile')}
                      </label>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          {preview.problems.length > 0 ? (
            <>
              <h4>{t('import.problemsHeading', { count: preview.problems.length })}</h4>
              <ul>
                {preview.problems.map((p) => (
                  <li key={`${p.line}-${p.message}`}>
                    {t('import.line', { line: p.line })}: {byLocale(language, { nl: p.message, en: p.en })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="pe-actions">
            <button type="button" disabled={disabled || busy || count === 0} onClick={() => void confirm()}>
              {t('import.confirmContacts', { count })}
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
