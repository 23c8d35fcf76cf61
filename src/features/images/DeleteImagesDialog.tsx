import { useImageMutation } from '../../api/image-mutations.ts';
import { deleteBlockedReason } from '../../rules/custom-images.ts';
import { imageKind, type Image } from '../../rules/images.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { usePart, useT } from '../../ui/i18n/I18n.tsx';
import { PendingNote } from '../../ui/PendingNote.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useForm } from '../../ui/use-form.ts';
import { useAccount } from '../account/use-account.ts';
import { serverError } from '../../api/server-error.ts';
import { FormError } from '../../ui/FormError.tsx';
import { DeleteImpact } from './impact/ImpactSections.tsx';

interface Props {
  images: Image[];
  region: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Confirms what will be deleted, says per image why the others cannot be, and what each touches
 * (read as the dialog opens): instances, recipients, copies, snapshots, which may go too.
 */
export function DeleteImagesDialog({ images, region, onClose, onDone }: Props) {
  const t = useT();
  const account = useAccount();
  const toast = useToast();
  const form = useForm({ deleteSnapshots: false });
  const mutation = useImageMutation('DeleteImages', region);
  const verdicts = images.map((image) => ({ image, reason: t.rule(deleteBlockedReason(image, account)) }));
  const deletable = verdicts.filter((v) => !v.reason).map((v) => v.image);
  const refused = verdicts.filter((v) => v.reason);
  const own = images.filter((i) => imageKind(i, account) === 'own');
  // What the images touch is said in the pages' words, loaded as the dialog opens.
  const impactWords = usePart('pages');
  const server = serverError(mutation.error);

  const confirm = form.submit(() => {
    if (mutation.isPending || deletable.length === 0) return;
    mutation.mutate(
      {
        ImageIds: deletable.map((i) => i.ImageId),
        ...(form.values.deleteSnapshots ? { DeleteBindedSnap: true } : {}),
      },
      {
        onSuccess: () => {
          toast.show(t('deleteImage.done', { count: deletable.length, name: deletable[0]!.ImageName }));
          onDone();
        },
      },
    );
  });

  return (
    <Dialog title={t('deleteImage.title')} onClose={onClose}>
      {deletable.length > 0 && (
        <>
          <p className="dialog-intro">{t('deleteImage.intro', { count: deletable.length })}</p>
          <ul className="item-list">
            {deletable.map((i) => (
              <li key={i.ImageId}>
                <strong translate="no">{i.ImageName}</strong> <code className="id">{i.ImageId}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {refused.length > 0 && (
        <>
          <p className="dialog-intro">{t('deleteImage.refused', { count: refused.length })}</p>
          <ul className="item-list refused">
            {refused.map(({ image, reason }) => (
              <li key={image.ImageId}>
                <strong translate="no">{image.ImageName}</strong> <code className="id">{image.ImageId}</code>
                <span className="reason">{reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {own.length > 0 &&
        (impactWords ? (
          <DeleteImpact
            images={own}
            deletable={deletable}
            region={region}
            deleteSnapshots={form.values.deleteSnapshots}
            onDeleteSnapshots={(checked) => form.set('deleteSnapshots', checked)}
          />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        ))}
      <FormError error={server} />
      <PendingNote pending={mutation.isPending} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {deletable.length > 0 && (
          <button type="button" className="danger" onClick={confirm} aria-disabled={mutation.isPending || undefined}>
            {mutation.isPending ? t('deleteImage.pending') : t('deleteImage.submit', { count: deletable.length })}
          </button>
        )}
      </div>
    </Dialog>
  );
}
