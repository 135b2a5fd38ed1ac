import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogRow } from '../../../../shared/api/log-api';
import type { LogEntry } from '../../../../shared/log/entry-schema';
import { Dialog } from './Dialog';
import { fieldText, shown } from './log-format';
import { inputsFromIso, isFuture, occurredFromInputs } from './time-fields';

/** Text fields a person may correct, per kind; times are offered for every kind. */
const TEXT_FIELDS: Partial<Record<LogEntry['kind'], readonly string[]>> = {
  messageSent: ['summary', 'fullText', 'channel', 'sentBy'],
  messageReceived: ['summary', 'fullText', 'from', 'channel'],
  decision: ['summary', 'reason'],
  observation: ['summary', 'medium'],
  regulatorNotification: ['summary', 'reference'],
  note: ['summary'],
};
const LONG_FIELDS = new Set(['summary', 'fullText', 'reason']);

interface Props {
  row: LogRow;
  onSave(seq: number, changes: Record<string, unknown>, reason: string): Promise<boolean>;
  onClose(): void;
}

/** Pick a field, give the right value and the reason; the original entry is never touched. */
export function CorrectionForm({ row, onSave, onClose }: Props) {
  const { t } = useTranslation('log');
  const id = useId();
  const entry = shown(row);
  const fields = [...(TEXT_FIELDS[entry.kind] ?? []), 'occurredAt'];
  const [field, setField] = useState(fields[0]!);
  const [value, setValue] = useState(fieldText(entry, fields[0]!));
  const initialWhen = inputsFromIso(entry.occurredAt);
  const [date, setDate] = useState(initialWhen.date);
  const [time, setTime] = useState(initialWhen.time);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function choose(next: string) {
    setField(next);
    setValue(next === 'occurredAt' ? '' : fieldText(entry, next) === '–' ? '' : fieldText(entry, next));
    setProblem(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    let newValue: string | undefined;
    if (field === 'occurredAt') {
      try {
        newValue = occurredFromInputs(date, time);
      } catch {
        setProblem(t('message.badTime'));
        return;
      }
      if (isFuture(newValue)) {
        setProblem(t('message.future'));
        return;
      }
    } else {
      newValue = value.trim();
    }
    const before = (entry as Record<string, unknown>)[field];
    if (!newValue || newValue === before) {
      setProblem(t('correction.nothing'));
      return;
    }
    if (!reason.trim()) {
      setProblem(t('message.required'));
      return;
    }
    setBusy(true);
    const ok = await onSave(entry.seq, { [field]: newValue }, reason.trim());
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <Dialog title={t('correction.title', { seq: entry.seq })} onClose={onClose} wide>
      <form onSubmit={submit} className="log-form" noValidate>
        <p className="muted">{t('correction.intro')}</p>
        <label className="field">
          <span>{t('correction.field')}</span>
          <select value={field} onChange={(e) => choose(e.target.value)}>
            {fields.map((f) => (
              <option key={f} value={f}>
                {t(`correction.fields.${f}` as 'correction.fields.summary')}
              </option>
            ))}
          </select>
        </label>
        <p className="log-correction__current">
          <span className="muted">{t('correction.current')}:</span> {fieldText(entry, field)}
        </p>
        {field === 'occurredAt' ? (
          <fieldset className="log-form__when">
            <legend>{t('correction.newValue')}</legend>
            <label className="field">
              <span>{t('message.occurredDate')}</span>
              <input value={date} onChange={(e) => setDate(e.target.value)} size={11} inputMode="numeric" />
            </label>
            <label className="field">
              <span>{t('message.occurredTime')}</span>
              <input value={time} onChange={(e) => setTime(e.target.value)} size={9} inputMode="numeric" />
            </label>
          </fieldset>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-value`} className="log-form__label">
              {t('correction.newValue')}
            </label>
            {LONG_FIELDS.has(field) ? (
              <textarea
                id={`${id}-value`}
                rows={3}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            ) : (
              <input id={`${id}-value`} value={value} onChange={(e) => setValue(e.target.value)} />
            )}
          </div>
        )}
        <label className="field">
          <span>{t('correction.reason')}</span>
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
        </label>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="log-dialog__buttons">
          <button type="submit" disabled={busy}>
            {t('correction.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('message.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
