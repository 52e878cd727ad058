/**
 * A modal built on the native `<dialog>`: the browser traps focus, Esc closes it, and focus returns
 * to the element that opened it. Nothing to re-implement, so nothing to get wrong.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

interface ModalDialogProps {
  readonly title: ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
}

export function ModalDialog({ title, onClose, children, className }: ModalDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    // jsdom has no showModal(); a plain `open` dialog is enough there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal__header">
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        <button type="button" className="modal__close" onClick={onClose}>
          <span aria-hidden="true">✕</span> {t('common.close')}
        </button>
      </div>
      <div className="modal__body">{children}</div>
    </dialog>
  );
}
