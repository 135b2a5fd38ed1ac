import { useTranslation } from 'react-i18next';

export interface RowField<K extends string> {
  key: K;
  label: string;
  type?: 'text' | 'date';
}

interface Props<K extends string> {
  legend: string;
  fields: RowField<K>[];
  rows: Record<K, string>[];
  onChange(rows: Record<K, string>[]): void;
  readOnly?: boolean;
}

/** A small table of text rows (participants, observers, improvement actions) with add and remove. */
export function RowsEditor<K extends string>({ legend, fields, rows, onChange, readOnly }: Props<K>) {
  const { t } = useTranslation('report');
  const empty = () => Object.fromEntries(fields.map((f) => [f.key, ''])) as Record<K, string>;
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
                    <input
                      type={f.type ?? 'text'}
                      value={row[f.key]}
                      aria-label={`${f.label} ${i + 1}`}
                      readOnly={readOnly}
                      onChange={(e) => set(i, f.key, e.target.value)}
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
