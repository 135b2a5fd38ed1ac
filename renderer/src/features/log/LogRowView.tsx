import { useTranslation } from 'react-i18next';
import type { LogRow } from '../../../../shared/api/log-api';
import { byLocale, localeOf, pick } from '../../../../shared/i18n/locale';
import { LOG_KIND_LABELS } from '../../../../shared/log/labels';
import { fieldLabel, isNamedField } from './field-label';
import { shortTime, shown, summaryText } from './log-format';
import { awaitsAnswer, rowDetails } from './row-details';
import { valueText } from './value-text';

interface Props {
  row: LogRow;
  today: string;
  onCorrect(row: LogRow): void;
  /** marks a received question answered (a correction of awaitsAnswer) */
  onAnswered(row: LogRow): void;
  /** opens the message form to log the answer itself, linked to this question (inReplyTo) */
  onReply(row: LogRow): void;
}

/** Kinds a person may correct; app-written changes and corrections themselves are not. */
export const correctable = (row: LogRow): boolean =>
  row.entry.kind !== 'correction' && row.entry.kind !== 'incidentChange';

/** One log entry: when (both clocks), what kind, what was said to whom, and any correction. */
export function LogRowView({ row, today, onCorrect, onAnswered, onReply }: Props) {
  const { t, i18n } = useTranslation('log');
  const lang = i18n.language;
  const locale = localeOf(lang);
  const e = shown(row);
  const changedField = (f: string) => (isNamedField(f) ? fieldLabel(f, t).toLowerCase() : f);
  const occurred = shortTime(e.occurredAt, today);
  const recorded = shortTime(e.recordedAt, today);
  const details = rowDetails(row, t, locale, today);

  return (
    <div
      className={`log-row log-row--${e.kind}${row.effective ? ' log-row--corrected' : ''}${
        row.integrityBreak ? ' log-row--broken' : ''
      }`}
      data-seq={e.seq}
    >
      <span className="log-row__seq">#{e.seq}</span>
      <span className="log-row__times">
        <span className="log-row__occurred" title={`${t('row.occurred')} ${e.occurredAt}`}>
          {occurred}
        </span>
        <span className="log-row__recorded" title={`${t('row.recorded')} ${e.recordedAt}`}>
          {recorded === occurred ? t('row.recorded') : t('row.recordedLate', { time: recorded })}
        </span>
      </span>
      <span className="log-row__kinds">
        <span className={`log-kind log-kind--${e.kind}`}>{pick(LOG_KIND_LABELS[e.kind], lang)}</span>
        {e.kind === 'observation' && e.evaluatorNote ? (
          <span className="log-kind log-kind--evaluator">{t('row.evaluatorNote')}</span>
        ) : null}
      </span>
      <span className="log-row__body">
        <span className="log-row__summary">{summaryText(e, lang)}</span>
        {row.integrityBreak ? (
          <span className="log-row__broken" role="note">
            {byLocale(lang, { nl: row.integrityBreak.reason, en: row.integrityBreak.reasonEn })}
          </span>
        ) : null}
        {details.length > 0 ? <span className="log-row__details">{details.join(' · ')}</span> : null}
        {row.effective ? (
          <span className="log-row__correction">
            {t('row.corrected', { seqs: row.correctedBy.join(', ') })}
            {row.changedFields.map((f) => (
              <span key={f} className="log-row__original">
                {' '}
                — {t('row.original')} {changedField(f)}: <s>{valueText(row.entry, f, t, locale)}</s>
              </span>
            ))}
          </span>
        ) : null}
      </span>
      <span className="log-row__author">{e.author}</span>
      <span className="log-row__act">
        {awaitsAnswer(row) ? (
          <>
            <button
              type="button"
              className="log-row__reply"
              onClick={() => onReply(row)}
              title={t('actions.replyHint')}
            >
              {t('actions.reply')}
              <span className="visually-hidden"> #{e.seq}</span>
            </button>
            <button
              type="button"
              className="secondary log-row__answered"
              onClick={() => onAnswered(row)}
              title={t('actions.answeredHint')}
            >
              {t('actions.answered')}
              <span className="visually-hidden"> #{e.seq}</span>
            </button>
          </>
        ) : null}
        {correctable(row) ? (
          <button type="button" className="secondary log-row__correct" onClick={() => onCorrect(row)}>
            {t('actions.correct')}
            <span className="visually-hidden"> #{e.seq}</span>
          </button>
        ) : null}
      </span>
    </div>
  );
}
