import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayPhone, normalisePhone } from '../../../../../shared/protocol/phone';
import { useEditor } from '../editor/editor-context';
import { domId, type FieldTarget } from '../editor/targets';
import { describedBy, FieldMessages } from './FieldMessages';

interface PhoneFieldProps {
  target: FieldTarget;
  label: string;
  /** the stored value: E.164 once normalised, or exactly what was typed while it does not parse */
  value: string;
  onChange(value: string): void;
  idSuffix?: string;
  /** warn when the number is a landline (only useful where no mobile number is known) */
  warnLandline?: boolean;
}

/**
 * A phone number: typed freely, normalised when the field is left (stored as +31…, shown as
 * 06 12345678). What does not parse stays in the draft as typed, with the reason at the field.
 */
export function PhoneField({
  target,
  label,
  value,
  onChange,
  idSuffix = '',
  warnLandline = true,
}: PhoneFieldProps) {
  const { t } = useTranslation('protocol');
  const editor = useEditor();
  const [editing, setEditing] = useState<string | null>(null);
  const key = domId(target);
  const id = key + idSuffix;
  const issue = editor.shownIssue(key);
  const parsed = value.trim() === '' ? null : normalisePhone(value);
  const warning =
    warnLandline && editing === null && parsed?.ok && parsed.warning ? t('fields.landline') : undefined;
  return (
    <div className="field pe-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        value={editing ?? displayPhone(value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, Boolean(issue || warning))}
        onFocus={() => setEditing(displayPhone(value))}
        onChange={(e) => {
          setEditing(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={() => {
          const typed = (editing ?? value).trim();
          const result = typed === '' ? null : normalisePhone(typed);
          onChange(result?.ok ? result.e164 : typed);
          setEditing(null);
          editor.touch(key);
        }}
      />
      <FieldMessages id={id} issue={issue} warning={warning} />
    </div>
  );
}
