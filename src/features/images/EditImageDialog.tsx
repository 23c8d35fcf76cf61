import { serverError } from '../../api/server-error.ts';
import { fieldViolations } from '../../rules/violation.ts';
import { modifyImageAttributeRequestSchema } from '../../rules/custom-images.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import type { ImageDialogProps } from './image-dialogs.ts';
import { NameDescriptionFields } from './NameDescriptionFields.tsx';
import { EditImpact } from './impact/EditImpact.tsx';
import { DeprecatedField, FamilyField } from './FamilyFields.tsx';
import { fieldErrors, useImageForm } from './use-image-form.ts';

export function EditImageDialog({ image, region, onClose, onDone }: ImageDialogProps) {
  const t = useT();
  const { form, mutation, send } = useImageForm(
    'ModifyImageAttribute',
    region,
    {
      name: image.ImageName,
      description: image.ImageDescription,
      family: image.ImageFamily,
      deprecated: image.ImageDeprecated,
    },
    onDone,
  );
  const request = {
    ImageId: image.ImageId,
    ImageName: form.values.name,
    ImageDescription: form.values.description,
    // Sent only when changed: an image keeps its family unless the person changes it.
    ...(form.values.family !== image.ImageFamily ? { ImageFamily: form.values.family } : {}),
    ...(form.values.deprecated !== image.ImageDeprecated ? { ImageDeprecated: form.values.deprecated } : {}),
  };
  const errors = fieldViolations(modifyImageAttributeRequestSchema, request);
  const server = serverError(mutation.error, ['ImageName', 'ImageFamily'], { sent: mutation.variables, now: request });
  const fieldError = fieldErrors(form, t, errors, server);
  const submit = send(Object.keys(errors).length > 0, request, () => t('editImage.done', { name: form.values.name }));

  return (
    <Dialog title={t('editImage.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="dialog-intro">
          <code>{image.ImageId}</code>
        </p>
        <NameDescriptionFields
          form={form}
          nameLabel={t('form.name')}
          descriptionLabel={t('form.description')}
          nameError={fieldError('name', 'ImageName')}
          descriptionError={fieldError('description', 'ImageDescription')}
        />
        <FamilyField form={form} error={fieldError('family', 'ImageFamily')} />
        <DeprecatedField checked={form.values.deprecated} onChange={(checked) => form.set('deprecated', checked)} />
        <EditImpact image={image} region={region} />
        <DialogFooter
          error={server && !server.field ? server : undefined}
          pending={mutation.isPending}
          onCancel={onClose}
          submitLabel={t('editImage.submit')}
          pendingLabel={t('editImage.pending')}
        />
      </form>
    </Dialog>
  );
}
