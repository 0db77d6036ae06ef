/**
 * The one modal dialog every dialog of the app is built on: a backdrop, a
 * box with role="dialog" (holding a <form> when it submits), aria-modal and
 * its title as its accessible name;
 * focus moves into it when it opens (the first field, or the element marked
 * `data-autofocus`) and back to whatever opened it when it closes; Tab and
 * Shift+Tab go round its own controls, never to the page behind it (it is
 * aria-modal); Esc closes it through useEscape unless it is busy.
 */

import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { useEscape } from './use-escape';
import './modal.css';

interface Props {
  /** The dialog's heading, which also names it for assistive technology. */
  title: ReactNode;
  /** Called on Esc, and on a click on the backdrop when `closeOnBackdrop`. */
  onClose: () => void;
  /** When given, the dialog is a <form> that submits through this. */
  onSubmit?: (event: SyntheticEvent<HTMLFormElement>) => void;
  /** Extra class names for the box (its size and layout). */
  className?: string;
  /** While true, Esc and the backdrop do nothing (a restore in progress must not be walked away from). */
  busy?: boolean;
  closeOnBackdrop?: boolean;
  testId?: string;
  children: ReactNode;
}

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

const noop = () => undefined;

/**
 * Keeps Tab inside the dialog: from its last control Tab goes to its first,
 * from its first (or the box itself) Shift+Tab to its last. Other keys, and
 * Tab between inner controls, are left to the browser.
 */
function keepTabInside(event: React.KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0,
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** A modal dialog: see the module comment for what it guarantees. */
export function Modal({
  title,
  onClose,
  onSubmit,
  className,
  busy = false,
  closeOnBackdrop = false,
  testId,
  children,
}: Props) {
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  useEscape(busy ? noop : onClose);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = boxRef.current;
    if (box && !box.contains(document.activeElement)) {
      const first =
        box.querySelector<HTMLElement>('[data-autofocus]') ?? box.querySelector<HTMLElement>(FOCUSABLE);
      (first ?? box).focus();
    }
    return () => {
      // Back to the opener, if it is still on the page (a restore may have replaced the view).
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const box = {
    ref: boxRef,
    className: className ? `modal ${className}` : 'modal',
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': titleId,
    tabIndex: -1,
    'data-testid': testId,
    onClick: (event: React.MouseEvent) => event.stopPropagation(),
    onKeyDown: keepTabInside,
  } as const;
  const content = (
    <>
      <h2 id={titleId}>{title}</h2>
      {children}
    </>
  );

  return (
    <div className="modal-backdrop" onClick={closeOnBackdrop && !busy ? onClose : undefined}>
      {/* A <form> may not carry role="dialog" (axe: aria-allowed-role): the form sits inside. */}
      <div {...box}>
        {onSubmit ? (
          <form className="modal-form" onSubmit={onSubmit}>
            {content}
          </form>
        ) : (
          content
        )}
      </div>
    </div>
  );
}
