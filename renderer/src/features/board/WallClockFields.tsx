import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WallClock } from './when';

/** Date (dd-mm-jjjj) and 24-hour time (uu:mm) side by side as text, one legend for both (Dutch time). */
export function WallClockFields({
  label,
  value,
  onChange,
  hint,
  invalid = false,
}: {
  label: string;
  value: WallClock;
  onChange(next: WallClock): void;
  hint?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation('board');
  const id = useId();
  return (
    <fieldset className="field wall-clock" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{label}</legend>
      <input
        aria-label={t('wallClock.date', { label })}
        value={value.date}
        onChange={(e) => onChange({ ...value, date: e.target.value })}
        placeholder={t('wallClock.datePlaceholder')}
        inputMode="numeric"
        size={11}
        aria-invalid={invalid}
      />
      <input
        aria-label={t('wallClock.time', { label })}
        value={value.time}
        onChange={(e) => onChange({ ...value, time: e.target.value })}
        placeholder={t('wallClock.timePlaceholder')}
        inputMode="numeric"
        size={6}
        aria-invalid={invalid}
      />
      {hint ? (
        <span id={`${id}-hint`} className="muted wall-clock__hint">
          {hint}
        </span>
      ) : null}
    </fieldset>
  );
}
