import { useId } from 'react';
import type { WallClock } from './when';

/** Date and 24-hour time side by side, one label for both (Dutch time). */
export function WallClockFields({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: WallClock;
  onChange(next: WallClock): void;
  hint?: string;
}) {
  const id = useId();
  return (
    <fieldset className="field wall-clock" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{label}</legend>
      <input
        type="date"
        aria-label={`${label} (datum)`}
        value={value.date}
        onChange={(e) => onChange({ ...value, date: e.target.value })}
      />
      <input
        type="time"
        aria-label={`${label} (tijd)`}
        value={value.time}
        onChange={(e) => onChange({ ...value, time: e.target.value })}
      />
      {hint ? (
        <span id={`${id}-hint`} className="muted wall-clock__hint">
          {hint}
        </span>
      ) : null}
    </fieldset>
  );
}
