import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmsterdam } from '../../../../shared/log/time';
import type { Due } from './use-due';

interface Props {
  due: Due;
  legend: string;
  hint: string;
  /** the user tried to save: a half-typed time is now an error, not work in progress */
  tried: boolean;
  testId?: string;
}

/**
 * An optional moment that is due, typed in 24 hours like every time on the log page. A time alone
 * is the next time the clock shows it; the line under the fields says which day that is, so
 * "06:00" typed late in the evening is seen to mean tomorrow morning before it is saved.
 */
export function DueFields({ due, legend, hint, tried, testId }: Props) {
  const { t } = useTranslation('log');
  const id = useId();
  // "14:" is half typed, not wrong: say so only once it is complete or the user tries to save
  const showBad = due.bad && (tried || due.time.trim().length >= 4);
  const time = due.iso ? formatAmsterdam(due.iso, 'HH:mm') : '';
  const said =
    due.day === 'today'
      ? t('due.today', { time })
      : due.day === 'tomorrow'
        ? t('due.tomorrow', { time })
        : due.iso
          ? t('due.other', { date: formatAmsterdam(due.iso, 'dd-MM-yyyy'), time })
          : null;
  return (
    <fieldset className="log-form__when log-due" data-testid={testId}>
      <legend>{legend}</legend>
      <label className="field">
        <span>{t('message.occurredDate')}</span>
        <input
          value={due.date}
          onChange={(e) => due.setDate(e.target.value)}
          placeholder={t('message.datePlaceholder')}
          inputMode="numeric"
          size={11}
          aria-invalid={showBad}
          aria-describedby={`${id}-hint ${id}-said`}
        />
      </label>
      <label className="field">
        <span>{t('message.occurredTime')}</span>
        <input
          value={due.time}
          onChange={(e) => due.setTime(e.target.value)}
          placeholder={t('message.timePlaceholder')}
          inputMode="numeric"
          size={7}
          maxLength={8}
          aria-invalid={showBad}
          aria-describedby={`${id}-hint ${id}-said`}
        />
      </label>
      <button type="button" className="secondary" onClick={due.clear} disabled={!due.date && !due.time}>
        {t('due.clear')}
      </button>
      <small id={`${id}-hint`} className="muted log-due__hint">
        {hint}
      </small>
      <span id={`${id}-said`} className="log-due__said" aria-live="polite">
        {showBad ? <span className="field-error">{t('due.bad')}</span> : null}
        {said && !showBad ? <span>{said}</span> : null}
        {said && due.past ? <span className="field-warning">{t('due.past')}</span> : null}
      </span>
    </fieldset>
  );
}
