import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from './i18n/I18n.tsx';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for tables and multi-column forms. */
  size?: 'normal' | 'wide';
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, makes the page
 * behind it inert and closes it on Escape; its accessible name is the title.
 */
export function Dialog({ title, onClose, children, size = 'normal' }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // Focus goes back to what opened the dialog, if it is still on the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} aria-labelledby={titleId} className={`dialog dialog-${size}`}>
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
