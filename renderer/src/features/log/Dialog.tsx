import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A modal built on <dialog>: the browser traps focus, Escape closes it, and focus returns to
 * where it was — keyboard users get all of that without extra code.
 */
export function Dialog({ title, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`log-dialog${wide ? ' log-dialog--wide' : ''}`}
      aria-labelledby="log-dialog-title"
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="log-dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}
