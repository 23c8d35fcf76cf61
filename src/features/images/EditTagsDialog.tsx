import { serverError } from '../../api/server-error.ts';
import { imageResourceName, tagChanges } from '../../rules/tag-service.ts';
import { firstTagProblem, tagListProblems } from '../../rules/tags.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useAccount } from '../account/use-account.ts';
import type { ImageDialogProps } from './image-dialogs.ts';
import { TagFields, tagRows, tagsOfRows } from './TagFields.tsx';
import { useImageForm } from './use-image-form.ts';

/**
 * An image's tags, edited as Tencent Cloud's console does it: one ModifyResourceTags call to the
 * tag service on the image's resource name, with every row kept or set and the keys removed.
 */
export function EditTagsDialog({ image, region, onClose, onDone }: ImageDialogProps) {
  const t = useT();
  const account = useAccount();
  const { form, mutation, send } = useImageForm('ModifyResourceTags', region, { rows: tagRows(image.Tags) }, onDone);
  const tags = tagsOfRows(form.values.rows);
  const problem = firstTagProblem(tagListProblems(tags));
  const server = serverError(mutation.error);
  const request = { Resource: imageResourceName(region, account, image.ImageId), ...tagChanges(image.Tags, tags) };
  const submit = send(Boolean(problem), request, () => t('editTags.done', { name: image.ImageName }));

  return (
    <Dialog title={t('action.editTags')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">
          <span translate="no">{image.ImageName}</span> · <code>{image.ImageId}</code>
        </p>
        <TagFields form={form} />
        <DialogFooter
          error={server}
          pending={mutation.isPending}
          onCancel={onClose}
          submitLabel={t('editImage.submit')}
          pendingLabel={t('editImage.pending')}
        />
      </form>
    </Dialog>
  );
}
