import { type ReactNode, useEffect, useRef } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal on the native <dialog>: the browser traps focus, Esc closes it, and the element marked data-autofocus
 * (else the first field) gets the focus, so the operator can keep both hands on the keyboard.
 */
export function Dialog({ title, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    return () => dialog.removeEventListener('cancel', cancel);
  }, []);
  return (
    <dialog ref={ref} className={`board-dialog ${className ?? ''}`} aria-labelledby="board-dialog-title">
      <h2 id="board-dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}
