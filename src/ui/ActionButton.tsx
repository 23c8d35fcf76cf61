import { useId } from 'react';

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
 * with the reason as its description and as a tooltip on hover and focus.
 */
export function ActionButton({ label, reason, onClick, variant = 'secondary', accessibleName }: Props) {
  const reasonId = useId();
  return (
    <span className="action">
      <button
        type="button"
        className={variant === 'primary' ? undefined : variant === 'link' ? 'link-button' : variant}
        aria-label={accessibleName}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={reason ? undefined : onClick}
      >
        {label}
      </button>
      {reason && (
        <span role="tooltip" id={reasonId} className="tooltip">
          {reason}
        </span>
      )}
    </span>
  );
}
