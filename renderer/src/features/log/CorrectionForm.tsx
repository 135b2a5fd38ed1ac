import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogRow } from '../../../../shared/api/log-api';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmit } from '../../hooks/use-submit';
import { ChangeRowFields } from './ChangeRowFields';
import { buildChanges, type ChangeRow, rowFor } from './correction-changes';
import { correctableFieldsOf } from './correction-fields';
import { FormButtons } from './FormButtons';
import { shown } from './log-format';

interface Props {
  row: LogRow;
  onSave(seq: number, changes: Record<string, unknown>, reason: string): Promise<boolean>;
  onClose(): void;
}

/**
 * Pick one or more fields, give the right values and one reason; it becomes a single correction
 * entry, so the log reads "these things were wrong, for this reason". The original is never touched.
 */
export function CorrectionForm({ row, onSave, onClose }: Props) {
  const { t } = useTranslation('log');
  const entry = shown(row);
  const specs = correctableFieldsOf(entry);
  const [rows, setRows] = useState<ChangeRow[]>(() => [rowFor(entry, specs[0]!, 0)]);
  const [nextKey, setNextKey] = useState(1);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmit();

  const used = new Set(rows.map((r) => r.field));
  const free = specs.filter((s) => !used.has(s.name));

  function replace(key: number, next: ChangeRow) {
    setRows((all) => all.map((r) => (r.key === key ? next : r)));
    setProblem(null);
  }

  function addRow() {
    const spec = free[0];
    if (!spec) return;
    setRows((all) => [...all, rowFor(entry, spec, nextKey)]);
    setNextKey((k) => k + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = buildChanges(entry, rows, specs);
    if (!result.ok) {
      const text = {
        badTime: 'message.badTime',
        future: 'message.future',
        nothing: 'correction.nothing',
      } as const;
      setProblem(t(text[result.problem]));
      return;
    }
    if (!reason.trim()) {
      setProblem(t('message.required'));
      return;
    }
    if (await run(() => onSave(entry.seq, result.changes, reason.trim()))) onClose();
  }

  return (
    <Dialog
      title={t('correction.title', { seq: entry.seq })}
      onClose={onClose}
      className="log-dialog log-dialog--wide"
      returnFocus
    >
      <form onSubmit={submit} className="log-form" noValidate>
        <p className="muted">{t('correction.intro')}</p>
        {rows.map((r, i) => (
          <ChangeRowFields
            key={r.key}
            entry={entry}
            row={r}
            n={i + 1}
            choices={specs.filter((s) => s.name === r.field || !used.has(s.name))}
            onField={(field) => {
              const spec = specs.find((s) => s.name === field);
              if (spec) replace(r.key, rowFor(entry, spec, r.key));
            }}
            onChange={(patch) => replace(r.key, { ...r, ...patch })}
            onRemove={
              rows.length > 1 ? () => setRows((all) => all.filter((x) => x.key !== r.key)) : undefined
            }
            autoFocus={r.key > 0}
          />
        ))}
        <p>
          <button type="button" className="secondary" onClick={addRow} disabled={free.length === 0}>
            {t('correction.addField')}
          </button>
        </p>
        <label className="field">
          <span>{t('correction.reason')}</span>
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
        </label>
        <FormError message={problem} />
        <FormButtons busy={busy} saveLabel={t('correction.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
