import { useId } from 'react';
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
  const id = useId();
  return (
    <fieldset className="field wall-clock" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{label}</legend>
      <input
        aria-label={`${label} (datum)`}
        value={value.date}
        onChange={(e) => onChange({ ...value, date: e.target.value })}
        placeholder="dd-mm-jjjj"
        inputMode="numeric"
        size={11}
        aria-invalid={invalid}
      />
      <input
        aria-label={`${label} (tijd)`}
        value={value.time}
        onChange={(e) => onChange({ ...value, time: e.target.value })}
        placeholder="uu:mm"
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
