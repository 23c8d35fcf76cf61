import type { Image } from '../../rules/images.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { PendingNote } from '../../ui/PendingNote.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { serverError } from '../../api/server-error.ts';
import { FormError } from '../../ui/FormError.tsx';
import { RecipientList } from './RecipientList.tsx';
import { useRecipients } from './use-recipients.ts';

interface Props {
  image: Image;
  region: string;
  onClose: () => void;
  onDone: () => void;
}

/** Stop sharing with some or all recipients; instances they already launched keep running. */
export function CancelShareDialog({ image, region, onClose, onDone }: Props) {
  const toast = useToast();
  const { shares, recipients, chosen, setChosen, toggle, cancel, removeChosen } = useRecipients(image, region, (n) => {
    toast.show(`Stopped sharing ${image.ImageName} with ${n} account${n === 1 ? '' : 's'}.`);
    onDone();
  });
  const all = recipients.length > 0 && chosen.size === recipients.length;
  return (
    <Dialog title="Cancel sharing" onClose={onClose}>
      <p className="dialog-intro">
        Choose the accounts that should no longer see <strong>{image.ImageName}</strong>. Instances they already
        launched from it keep running.
      </p>
      {recipients.length > 1 && (
        <button
          type="button"
          className="link-button"
          onClick={() => setChosen(all ? new Set() : new Set(recipients.map((r) => r.AccountId)))}
        >
          {all ? 'Clear selection' : 'Select all'}
        </button>
      )}
      <RecipientList recipients={recipients} chosen={chosen} onToggle={toggle} loading={shares.isPending} />
      <FormError error={serverError(cancel.error)} />
      <PendingNote pending={cancel.isPending} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="danger"
          aria-disabled={chosen.size === 0 || cancel.isPending || undefined}
          onClick={removeChosen}
        >
          {cancel.isPending ? 'Removing…' : `Cancel sharing with selected (${chosen.size})`}
        </button>
      </div>
    </Dialog>
  );
}
