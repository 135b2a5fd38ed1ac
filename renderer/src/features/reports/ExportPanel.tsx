import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportIncident } from '../../../../shared/api/report-api';
import { localeOf } from '../../../../shared/i18n/locale';
import type { Classification, ReportKind } from '../../../../shared/report/model';
import { call } from '../../api/client';
import { fromBase64, saveBytes } from '../../api/save-file';
import { useSubmit } from '../../hooks/use-submit';
import { useAppStore } from '../../state/app-store';

type FormatChoice = 'docx' | 'pdf' | 'both';

/**
 * The export form. Each file is one API call, rendered in the back end; the window stays
 * responsive meanwhile, and the status line says which file of how many is being made.
 */
export function ExportPanel({ incident }: { incident: ReportIncident }) {
  const { t, i18n } = useTranslation('report');
  const host = useAppStore((s) => s.info?.host ?? 'web');
  const storedAuthor = useAppStore((s) => s.author);
  const uiLang = localeOf(i18n.language);
  const [kind, setKind] = useState<ReportKind>(incident.isExercise ? 'evaluation' : 'aftercare');
  const [format, setFormat] = useState<FormatChoice>('both');
  const [classification, setClassification] = useState<Classification>('intern');
  const [language, setLanguage] = useState<'nl' | 'en'>(uiLang);
  const [author, setAuthor] = useState(storedAuthor);
  // the progress line ("file 1 of 2") while running, then how it ended
  const [progress, setProgress] = useState<string | null>(null);
  const submit = useSubmit();
  const busy = submit.busy;
  const status = submit.error ? { text: submit.error, error: true } : progress ? { text: progress } : null;
  // the name may be given later (in the evaluation form, or the log's author prompt)
  useEffect(() => {
    if (storedAuthor) setAuthor((current) => current || storedAuthor);
  }, [storedAuthor]);

  async function run(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formats: ('docx' | 'pdf')[] = format === 'both' ? ['docx', 'pdf'] : [format];
    setProgress(null);
    const done = await submit.run(async () => {
      for (const [i, f] of formats.entries()) {
        setProgress(
          t('export.busy', {
            current: i + 1,
            total: formats.length,
            format: f === 'docx' ? t('export.word') : t('export.pdf'),
          }),
        );
        const file = await call('report.export', {
          incidentId: incident.id,
          kind,
          format: f,
          classification,
          language,
          author: author.trim(),
        });
        await saveBytes(file.fileName, file.mime, fromBase64(file.base64), host);
      }
      return true;
    });
    setProgress(done ? t('export.done', { count: formats.length }) : null);
  }

  return (
    <section aria-labelledby="export-title" className="reports-panel">
      <h2 id="export-title">{t('export.title')}</h2>
      <form onSubmit={(e) => void run(e)} aria-busy={busy}>
        <fieldset className="field-group">
          <legend>{t('export.kind')}</legend>
          {(['aftercare', 'evaluation'] as const).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(k === 'evaluation' && !incident.isExercise ? 'export.evaluationIncident' : `export.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'evaluation' && !incident.hasEvaluation ? (
          <p className="field-warning">{t('export.noEvaluationYet')}</p>
        ) : null}
        <fieldset className="field-group">
          <legend>{t('export.format')}</legend>
          {(
            [
              ['docx', 'word'],
              ['pdf', 'pdf'],
              ['both', 'both'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="format"
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
              />
              {t(`export.${label}`)}
            </label>
          ))}
        </fieldset>
        <div className="reports-panel__row">
          <label className="field">
            <span>{t('export.classification')}</span>
            <select
              value={classification}
              onChange={(e) => setClassification(e.target.value as Classification)}
            >
              {(['none', 'intern', 'vertrouwelijk'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`export.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('export.language')}</span>
            <select value={language} onChange={(e) => setLanguage(localeOf(e.target.value))}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
          <label className="field">
            <span>{t('export.author')}</span>
            <input value={author} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
          </label>
        </div>
        <button type="submit" disabled={busy}>
          {t('export.go')}
        </button>
        <p
          className={status?.error ? 'field-error' : 'reports-panel__status'}
          role="status"
          aria-live="polite"
        >
          {busy ? <span className="reports-spinner" aria-hidden="true" /> : null}
          {status?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
