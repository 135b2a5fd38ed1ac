import type { ReactNode } from 'react';
import { useEditor } from '../editor/editor-context';
import { domId, type FieldTarget } from '../editor/targets';
import { describedBy, FieldMessages } from './FieldMessages';

export function CheckField({
  target,
  label,
  checked,
  onChange,
  hint,
}: {
  target: FieldTarget;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
}) {
  const id = domId(target);
  return (
    <div className="pe-check">
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(id, Boolean(hint))}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      <FieldMessages id={id} hint={hint} />
    </div>
  );
}

export function SelectField({
  target,
  label,
  value,
  onChange,
  children,
}: {
  target: FieldTarget;
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}) {
  const editor = useEditor();
  const id = domId(target);
  const issue = editor.shownIssue(id);
  return (
    <div className="field pe-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, Boolean(issue))}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => editor.touch(id)}
      >
        {children}
      </select>
      <FieldMessages id={id} issue={issue} />
    </div>
  );
}

/** A calendar date stored as yyyy-mm-dd, or null when empty. */
export function DateField({
  target,
  label,
  value,
  onChange,
}: {
  target: FieldTarget;
  label: string;
  value: string | null;
  onChange(value: string | null): void;
}) {
  const editor = useEditor();
  const id = domId(target);
  const issue = editor.shownIssue(id);
  return (
    <div className="field pe-field pe-field--date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, Boolean(issue))}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        onBlur={() => editor.touch(id)}
      />
      <FieldMessages id={id} issue={issue} />
    </div>
  );
}
