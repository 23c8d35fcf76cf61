import type { Image } from '../../rules/images.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import { RecipientActions } from './RecipientActions.tsx';
import { RecipientList } from './RecipientList.tsx';
import { useRecipients } from './use-recipients.ts';

interface Props {
  image: Image;
  region: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Stop sharing with some or all recipients: which accounts lose the image, and that the instances
 * they launched keep running out of this account's reach (reference §5.6).
 */
export function CancelShareDialog({ image, region, onClose, onDone }: Props) {
  const t = useT();
  const toast = useToast();
  const sharing = useRecipients(image, region, (n) => {
    toast.show(t('cancelShare.done', { count: n, name: image.ImageName }));
    onDone();
  });
  const { shares, recipients, chosen, setChosen, toggle } = sharing;
  const all = recipients.length > 0 && chosen.size === recipients.length;
  return (
    <Dialog title={t('cancelShare.title')} onClose={onClose}>
      <p className="dialog-intro">
        {t.rich('cancelShare.intro', { name: <strong translate="no">{image.ImageName}</strong> })}
      </p>
      <p className="dialog-intro">{t('cancelShare.impact')}</p>
      {recipients.length > 1 && (
        <button
          type="button"
          className="link-button"
          onClick={() => setChosen(all ? new Set() : new Set(recipients.map((r) => r.AccountId)))}
        >
          {all ? t('common.clearSelection') : t('common.selectAll')}
        </button>
      )}
      <RecipientList recipients={recipients} chosen={chosen} onToggle={toggle} loading={shares.isPending} />
      <p aria-live="polite">
        {chosen.size > 0 && t('cancelShare.losing', { count: chosen.size, accounts: t.format.list([...chosen]) })}
      </p>
      <RecipientActions sharing={sharing} closeLabel={t('common.close')} onClose={onClose} />
    </Dialog>
  );
}
