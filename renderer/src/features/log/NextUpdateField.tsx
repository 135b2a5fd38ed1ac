import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NextUpdate } from './use-next-update';

/**
 * Day (today / tomorrow) and time of the next update, which fills {volgende_update}. Two toggles
 * rather than a date picker: in a crisis the next update is within hours, and the picker would
 * follow the machine's locale (AM/PM) where the room reads 24 hours.
 */
export function NextUpdateField({ next }: { next: NextUpdate }) {
  const { t } = useTranslation('log');
  const id = useId();
  return (
    <fieldset className="log-form__when log-next-update">
      <legend>{t('draft.nextUpdate')}</legend>
      <div className="log-form__choices" role="radiogroup" aria-label={t('draft.nextUpdateDay')}>
        {(['today', 'tomorrow'] as const).map((day) => (
          <label key={day} className={`log-toggle${next.day === day ? ' log-toggle--on' : ''}`}>
            <input
              type="radio"
              name={`${id}-day`}
              value={day}
              checked={next.day === day}
              onChange={() => next.setDay(day)}
            />
            {t(`draft.${day}`)}
          </label>
        ))}
      </div>
      <label className="field">
        <span>{t('draft.nextUpdateTime')}</span>
        <input
          value={next.time}
          onChange={(e) => next.setTime(e.target.value)}
          placeholder={t('message.timePlaceholder')}
          inputMode="numeric"
          size={7}
          maxLength={5}
          aria-invalid={next.badTime}
          aria-describedby={`${id}-problem`}
          data-testid="draft-next-update"
        />
      </label>
      <span id={`${id}-problem`} aria-live="polite">
        {next.badTime ? <span className="field-error">{t('draft.nextUpdateBad')}</span> : null}
        {next.past ? <span className="field-warning">{t('draft.nextUpdatePast')}</span> : null}
      </span>
    </fieldset>
  );
}
