import { serverError } from '../../api/server-error.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import { PendingNote } from '../../ui/PendingNote.tsx';
import type { useRecipients } from './use-recipients.ts';

/**
 * The end of a dialog that lists an image's recipients (Share, Cancel sharing): why removing them
 * was refused, the slow-request note, the button that closes the dialog, and "Cancel sharing with
 * selected" (only when `removable`).
 */
export function RecipientActions({
  sharing: { cancel, chosen, removeChosen },
  removable = true,
  closeLabel,
  onClose,
}: {
  sharing: Pick<ReturnType<typeof useRecipients>, 'cancel' | 'chosen' | 'removeChosen'>;
  removable?: boolean;
  closeLabel: string;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <>
      <FormError error={serverError(cancel.error)} />
      <PendingNote pending={cancel.isPending} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {closeLabel}
        </button>
        {removable && (
          <button
            type="button"
            className="danger"
            aria-disabled={chosen.size === 0 || cancel.isPending || undefined}
            onClick={removeChosen}
          >
            {cancel.isPending ? t('cancelShare.pending') : t('cancelShare.submit', { count: chosen.size })}
          </button>
        )}
      </div>
    </>
  );
}
