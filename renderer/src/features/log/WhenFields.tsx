import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { When } from './use-when';

/**
 * Date and time typed as text in 24 hours, with "Nu" to go back to the moment of saving. `hint`
 * says why the time matters where it does (a regulator notification's legal clock).
 */
export function WhenFields({ when, legend, hint }: { when: When; legend: string; hint?: string }) {
  const { t } = useTranslation('log');
  const id = useId();
  return (
    <fieldset className="log-form__when" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      <label className="field">
        <span>{t('message.occurredDate')}</span>
        <input
          value={when.date}
          onChange={(e) => when.setDate(e.target.value)}
          placeholder={t('message.datePlaceholder')}
          inputMode="numeric"
          size={11}
          aria-invalid={when.badTime}
        />
      </label>
      <label className="field">
        <span>{t('message.occurredTime')}</span>
        <input
          value={when.time}
          onChange={(e) => when.setTime(e.target.value)}
          placeholder={t('message.timePlaceholder')}
          inputMode="numeric"
          size={9}
          aria-invalid={when.badTime}
        />
      </label>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          when.setDate('');
          when.setTime('');
        }}
      >
        {t('message.now')}
      </button>
      {hint ? (
        <small id={`${id}-hint`} className="muted log-due__hint">
          {hint}
        </small>
      ) : null}
      {when.future ? <span className="field-error">{t('message.future')}</span> : null}
      {when.badTime ? <span className="field-error">{t('message.badTime')}</span> : null}
    </fieldset>
  );
}
