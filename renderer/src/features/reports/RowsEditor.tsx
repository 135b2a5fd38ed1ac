import { useTranslation } from 'react-i18next';

export interface RowField<K extends string> {
  key: K;
  label: string;
  /** 'select' draws a drop-down of `options`; 'textarea' a small multi-line box for findings */
  type?: 'text' | 'date' | 'select' | 'textarea';
  options?: { value: string; label: string }[];
  /** the value a new row starts with (a select's default choice) */
  initial?: string;
}

interface Props<K extends string> {
  legend: string;
  fields: RowField<K>[];
  rows: Record<K, string>[];
  onChange(rows: Record<K, string>[]): void;
  readOnly?: boolean;
}

function RowInput<K extends string>(props: {
  field: RowField<K>;
  value: string;
  label: string;
  readOnly: boolean;
  onChange(value: string): void;
}) {
  const { field, value, label, readOnly, onChange } = props;
  if (field.type === 'select') {
    return (
      <select value={value} aria-label={label} disabled={readOnly} onChange={(e) => onChange(e.target.value)}>
        {(field.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.type === 'textarea') {
    return (
      <textarea
        rows={2}
        value={value}
        aria-label={label}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <input
      type={field.type ?? 'text'}
      value={value}
      aria-label={label}
      readOnly={readOnly}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** A small table of text rows (participants, observers, improvement actions) with add and remove. */
export function RowsEditor<K extends string>({ legend, fields, rows, onChange, readOnly }: Props<K>) {
  const { t } = useTranslation('report');
  const empty = () => Object.fromEntries(fields.map((f) => [f.key, f.initial ?? ''])) as Record<K, string>;
  const set = (i: number, key: K, value: string) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="reports-rows">
      <legend>{legend}</legend>
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              {fields.map((f) => (
                <th key={f.key} scope="col">
                  {f.label}
                </th>
              ))}
              <th scope="col">
                <span className="reports-visually-hidden">{t('evaluation.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // rows have no identity of their own; the position is what the user edits
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={i}>
                {fields.map((f) => (
                  <td key={f.key}>
                    <RowInput
                      field={f}
                      value={row[f.key]}
                      label={`${f.label} ${i + 1}`}
                      readOnly={readOnly === true}
                      onChange={(value) => set(i, f.key, value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={readOnly}
                    aria-label={t('evaluation.removeRow', { n: i + 1 })}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button
        type="button"
        className="secondary"
        disabled={readOnly}
        onClick={() => onChange([...rows, empty()])}
      >
        {t('evaluation.add')}: {legend.toLowerCase()}
      </button>
    </fieldset>
  );
}
