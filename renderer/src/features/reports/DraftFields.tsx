import type { Draft } from './evaluation-draft';

/** Props every part of the evaluation form gets: the draft, a patcher and whether it may be edited. */
export interface DraftPartProps {
  draft: Draft;
  patch(p: Partial<Draft>): void;
  readOnly: boolean;
}

type TextKey = {
  [K in keyof Draft]: Draft[K] extends string ? K : never;
}[keyof Draft];

/** One labelled text field of the draft: a line, a box of `rows` lines, or a date. */
export function DraftText({
  draft,
  patch,
  readOnly,
  name,
  label,
  rows,
  type,
}: DraftPartProps & { name: TextKey; label: string; rows?: number; type?: 'date' }) {
  const value = draft[name];
  if (rows) {
    return (
      <label className="field">
        <span>{label}</span>
        <textarea
          rows={rows}
          value={value}
          readOnly={readOnly}
          onChange={(e) => patch({ [name]: e.target.value })}
        />
      </label>
    );
  }
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type={type ?? 'text'}
        value={value}
        readOnly={readOnly}
        onChange={(e) => patch({ [name]: e.target.value })}
      />
    </label>
  );
}
