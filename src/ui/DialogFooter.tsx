import { FormError } from './FormError.tsx';
import { PendingNote } from './PendingNote.tsx';

/** A dialog form's end: the refusal for the whole form, the slow-request note, Cancel and the submit button. */
export function DialogFooter({
  error,
  pending,
  refused,
  onCancel,
  submitLabel,
  pendingLabel,
}: {
  error: { message: string; code?: string; requestId?: string } | undefined;
  pending: boolean;
  /** The submit button stays focusable but does nothing (the reason is shown above it). */
  refused?: boolean;
  onCancel: () => void;
  submitLabel: string;
  pendingLabel: string;
}) {
  return (
    <>
      <FormError error={error} />
      <PendingNote pending={pending} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" aria-disabled={pending || refused || undefined}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
