import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../../shared/i18n/locale';
import type { LogEntry } from '../../../../shared/log/entry-schema';
import type { ChangeRow } from './correction-changes';
import type { FieldSpec } from './correction-fields';
import { fieldLabel } from './field-label';
import { codedLabel, valueText } from './value-text';

interface Props {
  entry: LogEntry;
  row: ChangeRow;
  /** 1-based, for "Veld 2" */
  n: number;
  /** the fields this line may pick: its own plus those no other line has */
  choices: readonly FieldSpec[];
  onField(field: string): void;
  onChange(patch: Partial<ChangeRow>): void;
  /** absent for the only line: a correction changes at least one field */
  onRemove?(): void;
  autoFocus: boolean;
}

/** One line of a correction: which field, what it says now, and what it becomes. */
export function ChangeRowFields({ entry, row, n, choices, onField, onChange, onRemove, autoFocus }: Props) {
  const { t, i18n } = useTranslation('log');
  const locale = localeOf(i18n.language);
  const id = useId();
  const spec = choices.find((c) => c.name === row.field);
  const select = useRef<HTMLSelectElement>(null);
  // A line added with "Veld toevoegen" takes the focus, so the keyboard user carries on there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount
  useEffect(() => {
    if (autoFocus) select.current?.focus();
  }, []);
  return (
    <fieldset className="log-change">
      <legend>{t('correction.fieldN', { n })}</legend>
      <div className="log-change__grid">
        <div>
          <label className="field">
            <span>{t('correction.field')}</span>
            <select value={row.field} onChange={(e) => onField(e.target.value)} ref={select}>
              {choices.map((c) => (
                <option key={c.name} value={c.name}>
                  {fieldLabel(c.name, t)}
                </option>
              ))}
            </select>
          </label>
          <p className="log-correction__current">
            <span className="muted">{t('correction.current')}:</span> {valueText(entry, row.field, t, locale)}
          </p>
          {onRemove ? (
            <button type="button" className="secondary log-change__remove" onClick={onRemove}>
              {t('correction.removeField', { n })}
            </button>
          ) : null}
        </div>
        {spec?.type === 'time' || spec?.type === 'due' ? (
          <fieldset className="log-form__when">
            <legend>{t('correction.newValue')}</legend>
            <label className="field">
              <span>{t('message.occurredDate')}</span>
              <input
                value={row.date}
                onChange={(e) => onChange({ date: e.target.value })}
                size={11}
                inputMode="numeric"
              />
            </label>
            <label className="field">
              <span>{t('message.occurredTime')}</span>
              <input
                value={row.time}
                onChange={(e) => onChange({ time: e.target.value })}
                size={9}
                inputMode="numeric"
              />
            </label>
          </fieldset>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-value`} className="log-form__label">
              {t('correction.newValue')}
            </label>
            {spec?.type === 'long' ? (
              <textarea
                id={`${id}-value`}
                rows={3}
                value={row.text}
                onChange={(e) => onChange({ text: e.target.value })}
              />
            ) : spec?.type === 'bool' ? (
              <select
                id={`${id}-value`}
                value={row.text}
                onChange={(e) => onChange({ text: e.target.value })}
              >
                <option value="true">{t('correction.yes')}</option>
                <option value="false">{t('correction.no')}</option>
              </select>
            ) : spec?.type === 'choice' ? (
              <select
                id={`${id}-value`}
                value={row.text}
                onChange={(e) => onChange({ text: e.target.value })}
              >
                {row.text === '' ? <option value="">–</option> : null}
                {spec.options.map((o) => (
                  <option key={o} value={o}>
                    {codedLabel(spec.name, o, locale) ?? o}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`${id}-value`}
                value={row.text}
                onChange={(e) => onChange({ text: e.target.value })}
              />
            )}
          </div>
        )}
      </div>
    </fieldset>
  );
}
