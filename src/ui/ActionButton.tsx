import { useEffect, useId, useRef, useState } from 'react';
import { useFixedPlacement } from './placement.ts';

interface Props {
  label: string;
  /** Why the action is not allowed now; the button stays visible, focusable and says why. */
  reason?: string;
  onClick: () => void;
  variant?: 'primary' | 'secondary' | 'link' | 'danger';
  /** Names the object, for buttons repeated per row: "Delete web-server". */
  accessibleName?: string;
}

/**
 * An action that is refused stays in place: aria-disabled (still reachable by keyboard),
 * with the reason as its description and as a tooltip on hover and focus. A tap (or a press)
 * shows the reason too, and says it: a touch screen has no hover, and a tap does not focus a
 * button everywhere (iOS Safari). A press elsewhere or Escape hides it again.
 */
export function ActionButton({ label, reason, onClick, variant = 'secondary', accessibleName }: Props) {
  const reasonId = useId();
  const [shown, setShown] = useState(false);
  const boxRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const tooltipRef = useRef<HTMLSpanElement>(null);
  const open = shown && Boolean(reason);
  // Shown by a press, the reason is fixed to the viewport: a table's scrolling box does not clip it.
  useFixedPlacement(open, buttonRef, tooltipRef, 'start');
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!boxRef.current?.contains(event.target as Node)) setShown(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  return (
    <span ref={boxRef} className="action">
      <button
        ref={buttonRef}
        type="button"
        className={variant === 'primary' ? undefined : variant === 'link' ? 'link-button' : variant}
        aria-label={accessibleName}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={reason ? () => setShown((s) => !s) : onClick}
        onKeyDown={(event) => {
          if (open && event.key === 'Escape') {
            event.preventDefault();
            setShown(false);
          }
        }}
      >
        {label}
      </button>
      {reason && (
        <span ref={tooltipRef} role="tooltip" id={reasonId} className={open ? 'tooltip tooltip-shown' : 'tooltip'}>
          {reason}
        </span>
      )}
      {/* Announced when a press shows the reason (a description is read only on focus). */}
      {reason && (
        <span role="status" className="visually-hidden">
          {open ? reason : ''}
        </span>
      )}
    </span>
  );
}
