import type { ShownIssue } from '../editor/validate';

/**
 * The text under a field: the error (red, announced) or a non-blocking warning, or a hint.
 * The field points at it with aria-describedby, so screen readers read it with the label.
 */
export function FieldMessages({
  id,
  issue,
  warning,
  hint,
}: {
  id: string;
  issue?: ShownIssue;
  warning?: string;
  hint?: string;
}) {
  if (issue) {
    return (
      <span id={`${id}-msg`} className="field-error" role="alert">
        {issue.message}
      </span>
    );
  }
  if (warning) {
    return (
      <span id={`${id}-msg`} className="field-warning">
        ⚠ {warning}
      </span>
    );
  }
  if (hint) {
    return (
      <span id={`${id}-msg`} className="muted pe-hint">
        {hint}
      </span>
    );
  }
  return null;
}

export function describedBy(id: string, has: boolean): string | undefined {
  return has ? `${id}-msg` : undefined;
}
