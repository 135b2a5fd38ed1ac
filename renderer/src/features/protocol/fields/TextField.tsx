import { useEditor } from '../editor/editor-context';
import { domId, type FieldTarget } from '../editor/targets';
import { describedBy, FieldMessages } from './FieldMessages';

interface TextFieldProps {
  target: FieldTarget;
  label: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'date' | 'time';
  /** makes the DOM id unique when the same field is shown twice on a tab (inline person details) */
  idSuffix?: string;
  /** turns what was typed into its stored form when the field is left, e.g. an e-mail domain in lower case */
  normaliseOnBlur?(value: string): string;
  wide?: boolean;
  autoComplete?: string;
}

export function TextField(props: TextFieldProps) {
  const { target, label, value, onChange, multiline, hint, type = 'text', idSuffix = '' } = props;
  const editor = useEditor();
  const key = domId(target);
  const id = key + idSuffix;
  const issue = editor.shownIssue(key);
  const onBlur = () => {
    const next = props.normaliseOnBlur?.(value);
    if (next !== undefined && next !== value) onChange(next);
    editor.touch(key);
  };
  const common = {
    id,
    value,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': describedBy(id, Boolean(issue || hint)),
    onBlur,
    autoComplete: props.autoComplete ?? 'off',
  } as const;
  return (
    <div className={`field pe-field${props.wide ? ' pe-field--wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldMessages id={id} issue={issue} hint={hint} />
    </div>
  );
}
