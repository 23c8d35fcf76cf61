import type { RequestFailure } from './error-text.ts';
import { FormError } from './FormError.tsx';
import { useT } from './i18n/I18n.tsx';
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
  error: RequestFailure | undefined;
  pending: boolean;
  /** The submit button stays focusable but does nothing (the reason is shown above it). */
  refused?: boolean;
  onCancel: () => void;
  submitLabel: string;
  pendingLabel: string;
}) {
  const t = useT();
  return (
    <>
      <FormError error={error} />
      <PendingNote pending={pending} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" aria-disabled={pending || refused || undefined}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
