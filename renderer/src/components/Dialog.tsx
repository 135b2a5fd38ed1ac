import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** the page's look on top of the shared chrome, e.g. 'board-dialog' or 'log-dialog log-dialog--wide' */
  className: string;
  /**
   * put the focus back on what opened the dialog when it goes away (WCAG 2.4.3); on by default.
   * Off only where the page moves the focus itself.
   */
  returnFocus?: boolean;
}

/**
 * A modal on the native <dialog>: the browser traps focus, Esc closes it, and the element marked data-autofocus
 * (else the first field) gets the focus, so the operator can keep both hands on the keyboard.
 */
export function Dialog({ title, onClose, children, className, returnFocus = true }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Runs once: the dialog opens when it mounts and the page unmounts it to close it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: returnFocus is fixed for a dialog's life
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // what had the focus before: the button or row that opened the dialog
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    if (!returnFocus) return undefined;
    return () => {
      // The page unmounts the dialog to close it; a removed <dialog> gives the focus to <body>.
      // A dialog that replaces this one (a chain: name first, then the log form) keeps it.
      if (dialog.open) dialog.close();
      if (opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

interface DialogActionsProps {
  submitLabel: string;
  /** the cancel button is left out without it */
  onCancel?(): void;
  /** common:actions.cancel unless given */
  cancelLabel?: string;
  disabled?: boolean;
  /** the submit button takes the focus when the dialog opens: one Enter confirms */
  autoFocus?: boolean;
  /** the row's look: 'dialog-buttons' on the board, 'log-dialog__buttons' on the log page */
  className?: string;
}

/** The button row at a dialog's foot: submit first, then cancel. */
export function DialogActions({
  submitLabel,
  onCancel,
  cancelLabel,
  disabled,
  autoFocus,
  className = 'dialog-buttons',
}: DialogActionsProps) {
  const { t } = useTranslation('common');
  return (
    <div className={className}>
      <button type="submit" disabled={disabled} data-autofocus={autoFocus || undefined}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="secondary" onClick={onCancel}>
          {cancelLabel ?? t('actions.cancel')}
        </button>
      ) : null}
    </div>
  );
}
